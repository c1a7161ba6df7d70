// Self-service accounts: a new organisation's person signs up (POST /accounts), then accepts the invitation that
// the approval created, with the ID and code handed over by the secretariat (POST /accounts/me/invitations/{id}/
// accept, which the portal forwards to co-creation with the person's token and answers a token naming the
// organisation). The secretariat's hand-over screen issues a fresh code, because co-creation stores only its hash.

import { api, query } from '../api.js';
import { clearErrors, field, h, setStatus, showProblem, statusLine } from '../dom.js';
import { t } from '../i18n.js';
import { navigate, route } from '../router.js';
import { signIn, user } from '../session.js';
import './accounts-texts.js';

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

async function renderHandover(container, { query: params, isCurrent }) {
  const status = statusLine('handover-status');
  const result = h('div', { id: 'handover-result' });
  container.append(h('h2', { tabindex: '-1' }, t('accounts.handover.heading')),
    h('p', { class: 'notice' }, t('accounts.handover.intro')));
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
    container.append(h('p', {}, t('accounts.handover.noOrganisations')));
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
  const form = h('form', { id: 'handover-form', novalidate: true },
    field('handover-form', { name: 'organisationId', label: t('accounts.handover.organisation'), kind: 'select',
      required: true, value: chosen, options: [{ value: '', label: t('accounts.handover.choose') },
        ...organisations.map((o) => ({ value: o.id, label: o.name }))] }),
    field('handover-form', { name: 'email', label: t('accounts.email'), type: 'email', required: true }),
    field('handover-form', { name: 'role', label: t('accounts.handover.role'), kind: 'select', value: 'ADMIN',
      options: ['ADMIN', 'MEMBER'].map((role) => ({ value: role, label: t(`accounts.role.${role}`) })) }),
    h('button', { type: 'submit', id: 'handover-submit' }, t('accounts.handover.submit')));
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
        message: t('accounts.handover.choose') }] }, status);
      return;
    }
    const address = email.value.trim().toLowerCase();
    try {
      // Co-creation keeps only the hash of a code, so the one the approval created cannot be shown: an open
      // invitation to the same address is withdrawn and a new one issued, whose code the answer carries once.
      const open = await api(`/api/cocreation/organisations/${organisation.id}/members${query({ status: 'INVITED',
        page: 0, size: 100 })}`);
      for (const invitation of (open.items || []).filter((m) => m.email === address)) {
        await api(`/api/cocreation/organisations/${organisation.id}/members/${invitation.id}`, { method: 'DELETE' });
      }
      const issued = await api(`/api/cocreation/organisations/${organisation.id}/invitations`, { method: 'POST',
        body: { email: address, role: form.elements.namedItem('role').value } });
      setStatus(status, t('accounts.handover.done', organisation.name, address));
      result.replaceChildren(h('dl', { class: 'handover' },
        h('dt', {}, t('accounts.invitationId')), h('dd', {}, h('code', { id: 'handover-invitation-id' },
          issued.invitation.id)),
        h('dt', {}, t('accounts.code')), h('dd', {}, h('code', { id: 'handover-code' }, issued.acceptCode))),
      h('p', {}, t('accounts.handover.steps')));
    } catch (error) {
      showProblem(form, error, status);
    }
  });
}

route({ path: '/signup', render: renderSignUp, menu: 'accounts.nav.signup', order: 91, guestOnly: true });
// No role list: a person who signed up has no role until they join, and the screen says what to do when signed out.
route({ path: '/account/join', render: renderJoin, title: 'accounts.nav.join' });
route({ path: '/secretariat/handover', render: renderHandover, roles: ['SECRETARIAT', 'ADMIN'],
  menu: 'accounts.nav.handover', group: 'admin', order: 51 });
