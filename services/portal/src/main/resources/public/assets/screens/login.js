// Sign-in: POST /login on the portal; the token it answers is kept for this tab only.

import { api } from '../api.js';
import { clearErrors, field, h, setStatus, showProblem, statusLine } from '../dom.js';
import { t } from '../i18n.js';
import { navigate, route } from '../router.js';
import { signIn, user } from '../session.js';
import { ssoSignIn } from './sso.js';

function renderLogin(container, { query }) {
  const next = query.get('next');
  const status = statusLine('login-status');
  const form = h('form', { id: 'login-form', novalidate: true },
    field('login-form', { name: 'username', label: t('login.username'), required: true, autocomplete: 'username' }),
    field('login-form', { name: 'password', label: t('login.password'), type: 'password', required: true,
      autocomplete: 'current-password' }),
    h('button', { type: 'submit', id: 'login-submit' }, t('login.submit')));
  container.append(h('h2', { tabindex: '-1' }, t('login.heading')),
    next && !user() ? h('p', { class: 'notice' }, t('login.needed')) : null, form, status, ssoSignIn(query));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    try {
      const answer = await api('/login', { method: 'POST',
        body: { username: form.username.value, password: form.password.value } });
      form.password.value = '';
      signIn(answer.access_token);
      navigate(next && next.startsWith('/') ? next : '/');
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
