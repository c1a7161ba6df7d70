// A person's own credentials: change the password (also the forced change after a generated initial password),
// enrol an authenticator app (required for some roles), and reset a forgotten password through the mailed link.
// A session with a pending action (token claim `pending`) reaches nothing else, so sign-in leads here first.

import { api } from '../../api.js';
import { clearErrors, field, h, setStatus, showProblem, statusLine } from '../../dom.js';
import { t } from '../../i18n.js';
import { navigate, route } from '../../router.js';
import { signIn, user } from '../../session.js';
import './settings-texts.js';

const EVERY_ROLE = ['MEMBER', 'STAFF', 'SECRETARIAT', 'COMMITTEE', 'ADMIN', 'YOUTH'];

/** Where a fresh session goes: the first pending action's screen, or `next`. */
export function continueSession(next) {
  const pending = (user() && user().pending) || [];
  const back = next && next.startsWith('/') && !next.startsWith('/login') ? next : '/';
  if (pending.includes('PASSWORD_CHANGE')) {
    navigate(`/account/password?next=${encodeURIComponent(back)}`);
  } else if (pending.includes('TOTP_ENROLMENT')) {
    navigate(`/account/totp?next=${encodeURIComponent(back)}`);
  } else {
    navigate(back);
  }
}

function signedInOnly(container, heading) {
  container.append(h('h2', { tabindex: '-1' }, t(heading)));
  if (user()) {
    return true;
  }
  container.append(h('p', { class: 'notice' }, t('account.signInFirst')),
    h('a', { href: '#/login' }, t('nav.login')));
  return false;
}

function renderPassword(container, { query }) {
  if (!signedInOnly(container, 'account.password.heading')) {
    return;
  }
  const forced = (user().pending || []).includes('PASSWORD_CHANGE');
  const status = statusLine('password-status');
  const form = h('form', { id: 'password-form', novalidate: true },
    field('password-form', { name: 'currentPassword', label: t('account.password.current'), type: 'password',
      required: true, autocomplete: 'current-password' }),
    field('password-form', { name: 'newPassword', label: t('account.password.new'), type: 'password',
      required: true, autocomplete: 'new-password' }),
    h('button', { type: 'submit', id: 'password-submit' }, t('account.password.submit')));
  container.append(forced ? h('p', { class: 'notice', id: 'password-forced' }, t('account.password.forced')) : null,
    form, status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    try {
      const answer = await api('/accounts/me/password', { method: 'POST', body: {
        currentPassword: form.elements.namedItem('currentPassword').value,
        newPassword: form.elements.namedItem('newPassword').value } });
      form.reset();
      signIn(answer.access_token);
      setStatus(status, t('account.password.done'));
      if (forced || query.get('next')) {
        continueSession(query.get('next'));
      }
    } catch (error) {
      showProblem(form, error, status);
    }
  });
}

function renderTotp(container, { query }) {
  if (!signedInOnly(container, 'account.totp.heading')) {
    return;
  }
  const required = (user().pending || []).includes('TOTP_ENROLMENT');
  const status = statusLine('totp-status');
  const setup = h('div', { id: 'totp-setup' });
  const start = h('button', { type: 'button', id: 'totp-start' }, t('account.totp.start'));
  container.append(h('p', { class: required ? 'notice' : '' }, t(required ? 'account.totp.required'
    : 'account.totp.intro')), start, setup, status);
  start.addEventListener('click', async () => {
    try {
      const enrolment = await api('/accounts/me/totp', { method: 'POST' });
      start.hidden = true;
      const form = h('form', { id: 'totp-form', novalidate: true },
        field('totp-form', { name: 'code', label: t('account.totp.code'), required: true, inputmode: 'numeric',
          autocomplete: 'one-time-code' }),
        h('button', { type: 'submit', id: 'totp-confirm' }, t('account.totp.confirm')));
      setup.replaceChildren(
        h('p', {}, t('account.totp.secret'), ' ', h('code', { id: 'totp-secret' }, enrolment.secret)),
        h('p', {}, h('a', { href: enrolment.otpauthUri, id: 'totp-uri' }, t('account.totp.link'))), form);
      form.addEventListener('submit', async (event) => {
        event.preventDefault();
        clearErrors(form);
        try {
          const answer = await api('/accounts/me/totp/confirm', { method: 'POST',
            body: { code: form.elements.namedItem('code').value.trim() } });
          signIn(answer.access_token);
          setup.replaceChildren();
          setStatus(status, t('account.totp.done'));
          if (required || query.get('next')) {
            continueSession(query.get('next'));
          }
        } catch (error) {
          showProblem(form, error, status);
        }
      });
    } catch (error) {
      setStatus(status, error.status === 409 ? t('account.totp.enabled') : error.message, error.status !== 409);
    }
  });
}

function renderReset(container, { query }) {
  container.append(h('h2', { tabindex: '-1' }, t('account.reset.heading')));
  const status = statusLine('reset-status');
  const token = query.get('token');
  if (token) {
    const form = h('form', { id: 'reset-form', novalidate: true },
      field('reset-form', { name: 'newPassword', label: t('account.reset.new'), type: 'password', required: true,
        autocomplete: 'new-password' }),
      h('div', { 'data-field': 'token' }, h('p', { class: 'field-error', id: 'reset-form-token-error', role: 'alert' })),
      h('button', { type: 'submit', id: 'reset-submit' }, t('account.reset.confirm')));
    container.append(form, status);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearErrors(form);
      try {
        await api('/accounts/password-reset/confirm', { method: 'POST',
          body: { token, newPassword: form.elements.namedItem('newPassword').value } });
        form.remove();
        setStatus(status, t('account.reset.done'));
        container.append(h('a', { href: '#/login', id: 'reset-login' }, t('nav.login')));
      } catch (error) {
        showProblem(form, error, status);
      }
    });
    return;
  }
  const form = h('form', { id: 'forgot-form', novalidate: true },
    field('forgot-form', { name: 'email', label: t('account.reset.email'), type: 'email', required: true,
      autocomplete: 'email' }),
    h('button', { type: 'submit', id: 'forgot-submit' }, t('account.reset.submit')));
  container.append(h('p', {}, t('account.reset.intro')), form, status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    try {
      await api('/accounts/password-reset', { method: 'POST',
        body: { email: form.elements.namedItem('email').value.trim() } });
      setStatus(status, t('account.reset.sent'));
    } catch (error) {
      showProblem(form, error, status);
    }
  });
}

route({ path: '/account/password', render: renderPassword, roles: EVERY_ROLE, menu: 'account.nav.password',
  group: 'account', order: 90 });
route({ path: '/account/totp', render: renderTotp, roles: EVERY_ROLE, menu: 'account.nav.totp', group: 'account',
  order: 91 });
route({ path: '/password-reset', render: renderReset, title: 'account.reset.heading' });
