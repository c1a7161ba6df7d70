// Sign-in: POST /login on the portal; the token it answers is kept for this tab only.

import { api } from '../../api.js';
import { clearErrors, field, h, setStatus, showProblem, statusLine } from '../../dom.js';
import { t } from '../../i18n.js';
import { route } from '../../router.js';
import { signIn, user } from '../../session.js';
import { ssoSignIn } from './sso.js';
import { continueSession } from './settings.js';

function renderLogin(container, { query }) {
  const next = query.get('next');
  const status = statusLine('login-status');
  const form = h('form', { id: 'login-form', novalidate: true },
    field('login-form', { name: 'username', label: t('login.username'), required: true, autocomplete: 'username' }),
    field('login-form', { name: 'password', label: t('login.password'), type: 'password', required: true,
      autocomplete: 'current-password' }),
    field('login-form', { name: 'totp', label: t('login.totp'), inputmode: 'numeric', autocomplete: 'one-time-code' }),
    h('button', { type: 'submit', id: 'login-submit' }, t('login.submit')));
  container.append(h('h2', { tabindex: '-1' }, t('login.heading')),
    next && !user() ? h('p', { class: 'notice' }, t('login.needed')) : null, form, status,
    h('p', {}, h('a', { href: '#/password-reset', id: 'login-forgot' }, t('account.forgot'))), ssoSignIn(query));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    try {
      const code = form.totp.value.replace(/\s/g, '');
      const answer = await api('/login', { method: 'POST', headers: code ? { 'X-Kyoso-Totp': code } : {},
        body: { username: form.username.value, password: form.password.value } });
      form.password.value = '';
      form.totp.value = '';
      signIn(answer.access_token);
      // A generated password or a missing second factor is settled before anything else.
      continueSession(next);
    } catch (error) {
      if (error.status === 401) {
        setStatus(status, t('login.bad'), true);
        form.password.focus();
      } else {
        showProblem(form, error, status);
      }
    }
  });
}

route({ path: '/login', render: renderLogin, title: 'login.heading' });
