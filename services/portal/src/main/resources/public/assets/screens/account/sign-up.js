// Self-service accounts: a new organisation's person signs up (POST /accounts), then accepts the invitation that
// the approval mailed them, with the ID and code its link carries (POST /accounts/me/invitations/{id}/accept, which
// the portal forwards to co-creation with the person's token and answers a token naming the organisation). The
// secretariat's resend screen mails a fresh invitation; nobody but the invited person ever sees a code.

import { api, query } from '../../api.js';
import { clearErrors, field, h, setStatus, showProblem, statusLine } from '../../dom.js';
import { formatDateTime, t } from '../../i18n.js';
import { navigate, route } from '../../router.js';
import { signIn, user } from '../../session.js';
import './sign-up-texts.js';

function renderSignUp(container) {
  const status = statusLine('signup-status');
  const form = h('form', { id: 'signup-form', novalidate: true },
    field('signup-form', { name: 'username', label: t('accounts.username'), required: true, autocomplete: 'username' }),
    field('signup-form', { name: 'password', label: t('accounts.password'), type: 'password', required: true,
      autocomplete: 'new-password' }),
    field('signup-form', { name: 'displayName', label: t('accounts.displayName'), required: true, autocomplete: 'name' }),
    field('signup-form', { name: 'email', label: t('accounts.email'), type: 'email', required: true,
      autocomplete: 'email' }),
    h('button', { type: 'submit', id: 'signup-submit' }, t('accounts.signup.submit')));
  container.append(h('h2', { tabindex: '-1' }, t('accounts.signup.heading')), h('p', {}, t('accounts.signup.intro')),
    form, status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const value = (name) => form.elements.namedItem(name).value;
    try {
      const account = await api('/accounts', { method: 'POST', body: { username: value('username'),
        password: value('password'), displayName: value('displayName'), email: value('email') } });
      const answer = await api('/login', { method: 'POST',
        body: { username: account.username, password: value('password') } });
      form.elements.namedItem('password').value = '';
      signIn(answer.access_token);
      navigate(`/account/join${query({ done: account.username })}`);
    } catch (error) {
      showProblem(form, error, status);
    }
  });
}

function renderJoin(container, { query: params }) {
  const status = statusLine('join-status');
  container.append(h('h2', { tabindex: '-1' }, t('accounts.join.heading')));
  const signedIn = user();
  if (!signedIn) {
    container.append(h('p', { class: 'notice' }, t('accounts.join.signInFirst')),
      h('p', {}, h('a', { href: '#/signup' }, t('accounts.nav.signup')), ' · ',
        h('a', { href: `#/login?next=${encodeURIComponent(`/account/join${query({ invitation: params.get('invitation'),
          code: params.get('code') })}`)}` }, t('nav.login'))));
    return;
  }
  if (params.get('done')) {
    setStatus(status, t('accounts.signup.done', params.get('done')));
  }
  const form = h('form', { id: 'join-form', novalidate: true },
    field('join-form', { name: 'invitationId', label: t('accounts.invitationId'), required: true,
      value: params.get('invitation') || '' }),
    field('join-form', { name: 'code', label: t('accounts.code'), required: true, autocomplete: 'one-time-code',
      value: params.get('code') || '' }),
    h('button', { type: 'submit', id: 'join-submit' }, t('accounts.join.submit')));
  container.append(h('p', {}, t('accounts.join.intro')), form, status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const invitationId = form.elements.namedItem('invitationId').value.trim();
    if (!/^[0-9a-fA-F-]{36}$/.test(invitationId)) {
      showProblem(form, { message: t('common.fieldErrors'), fieldErrors: [{ field: 'invitationId',
        message: t('accounts.invitationId') }] }, status);
      return;
    }
    try {
      const answer = await api(`/accounts/me/invitations/${encodeURIComponent(invitationId)}/accept`,
        { method: 'POST', body: { code: form.elements.namedItem('code').value.trim() } });
      signIn(answer.access_token);
      const me = await api('/accounts/me');
      form.reset();
      setStatus(status, t('accounts.join.done', me.organisationName));
      status.dataset.organisationId = me.organisationId;
    } catch (error) {
      showProblem(form, error, status);
    }
  });
}

async function renderResend(container, { query: params, isCurrent }) {
  const status = statusLine('resend-status');
  const result = h('div', { id: 'resend-result' });
  container.append(h('h2', { tabindex: '-1' }, t('accounts.resend.heading')),
    h('p', { class: 'notice' }, t('accounts.resend.intro')));
  let organisations;
  try {
    organisations = (await api(`/api/cocreation/organisations${query({ status: 'APPROVED', page: 0, size: 100 })}`))
      .items || [];
  } catch (error) {
    container.append(status);
    setStatus(status, t('common.failed', error.message), true);
    return;
  }
  if (!isCurrent()) {
    return;
  }
  if (!organisations.length) {
    container.append(h('p', {}, t('accounts.resend.noOrganisations')));
    return;
  }
  const chosen = params.get('organisation') || '';
  if (chosen && !organisations.some((o) => o.id === chosen)) {
    // Linked from elsewhere with an organisation older than the newest hundred: fetch it on its own.
    try {
      const one = await api(`/api/cocreation/organisations/${encodeURIComponent(chosen)}`);
      if (one.status === 'APPROVED') {
        organisations.unshift(one);
      }
    } catch (error) {
      // An unknown id just leaves the choice to the user.
    }
  }
  const form = h('form', { id: 'resend-form', novalidate: true },
    field('resend-form', { name: 'organisationId', label: t('accounts.resend.organisation'), kind: 'select',
      required: true, value: chosen, options: [{ value: '', label: t('accounts.resend.choose') },
        ...organisations.map((o) => ({ value: o.id, label: o.name }))] }),
    field('resend-form', { name: 'email', label: t('accounts.email'), type: 'email', required: true }),
    field('resend-form', { name: 'role', label: t('accounts.resend.role'), kind: 'select', value: 'ADMIN',
      options: ['ADMIN', 'MEMBER'].map((role) => ({ value: role, label: t(`accounts.role.${role}`) })) }),
    h('button', { type: 'submit', id: 'resend-submit' }, t('accounts.resend.submit')));
  const select = form.elements.namedItem('organisationId');
  const email = form.elements.namedItem('email');
  const fillEmail = () => {
    const organisation = organisations.find((o) => o.id === select.value);
    email.value = (organisation && organisation.contactEmail) || '';
  };
  select.addEventListener('change', fillEmail);
  fillEmail();
  container.append(form, status, result);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    result.replaceChildren();
    const organisation = organisations.find((o) => o.id === select.value);
    if (!organisation) {
      showProblem(form, { message: t('common.fieldErrors'), fieldErrors: [{ field: 'organisationId',
        message: t('accounts.resend.choose') }] }, status);
      return;
    }
    const address = email.value.trim().toLowerCase();
    try {
      // Co-creation keeps only the hash of a code, and only the mail carries it: the reissue withdraws an open
      // invitation to the same address (its link stops working) and issues a new one, which co-creation mails.
      const issued = await api(`/api/cocreation/organisations/${organisation.id}/invitations/reissue`,
        { method: 'POST', body: { email: address, role: form.elements.namedItem('role').value } });
      setStatus(status, t('accounts.resend.done', organisation.name, issued.invitation.email));
      result.replaceChildren(h('dl', { class: 'resend' },
        h('dt', {}, t('accounts.resend.sentTo')), h('dd', { id: 'resend-sent-to' }, issued.invitation.email),
        h('dt', {}, t('accounts.resend.role')), h('dd', {}, t(`accounts.role.${issued.invitation.role}`)),
        h('dt', {}, t('accounts.resend.expires')), h('dd', {}, formatDateTime(issued.invitation.expiresAt))),
      h('p', {}, t('accounts.resend.steps')));
    } catch (error) {
      showProblem(form, error, status);
    }
  });
}

route({ path: '/signup', render: renderSignUp, menu: 'accounts.nav.signup', order: 91, guestOnly: true });
// No role list: a person who signed up has no role until they join, and the screen says what to do when signed out.
route({ path: '/account/join', render: renderJoin, title: 'accounts.nav.join' });
route({ path: '/secretariat/resend-invitation', render: renderResend, roles: ['SECRETARIAT', 'ADMIN'],
  menu: 'accounts.nav.resend', group: 'admin', order: 51 });
