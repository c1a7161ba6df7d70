// "My organisation": one page with what co-creation knows about the member's organisation (its status, the
// signed-in person's roster entry, the people with invitations, role changes and removals, its seeds and its
// issues), the notification inbox, and accepting an invitation with its code.

import { api, query } from '../../api.js';
import { clearErrors, field, h, pager, setStatus, showProblem, statusLine, table } from '../../dom.js';
import { formatDateTime, t } from '../../i18n.js';
import { navigate, route } from '../../router.js';
import { user } from '../../session.js';
import { ccBadge, ccLabel, myOrganisationId, SIGNED_IN } from './common.js';
import { badge } from '../kpi/format.js';
// The other programmes' status labels, so that this page can show every item of the organisation with its status.
import '../declarations/texts.js';
import '../citylab/texts.js';
import '../fund/texts.js';

const ROLES = ['ADMIN', 'MEMBER'];

async function renderMyOrganisation(container, { query: params, isCurrent }) {
  const message = statusLine('my-status');
  const orgId = myOrganisationId();
  container.append(h('h2', { tabindex: '-1' }, t('cocreation.my.heading')));
  if (!orgId) {
    container.append(h('p', {}, t('cocreation.my.noOrganisation')));
    return;
  }
  const base = `/api/cocreation/organisations/${encodeURIComponent(orgId)}`;
  const peoplePage = Number(params.get('people')) || 0;
  const summary = h('section', { class: 'card', id: 'my-summary' });
  const people = h('section', { class: 'card', id: 'my-people', 'aria-labelledby': 'my-people-h' });
  const seeds = h('section', { class: 'card', id: 'my-seeds', 'aria-labelledby': 'my-seeds-h' });
  const issues = h('section', { class: 'card', id: 'my-issues', 'aria-labelledby': 'my-issues-h' });
  const programmes = h('section', { class: 'card', id: 'my-programmes', 'aria-labelledby': 'my-programmes-h' });
  container.append(message, summary, programmes, people, seeds, issues);

  let admin = false;
  try {
    const [organisation, mine] = await Promise.all([api(base), api('/api/cocreation/memberships/mine')]);
    if (!isCurrent()) {
      return;
    }
    const entry = mine.find((m) => m.organisationId === orgId && m.status === 'ACTIVE');
    admin = Boolean(entry && entry.role === 'ADMIN');
    summary.append(h('h3', {}, organisation.name),
      h('dl', { class: 'cc-facts' },
        h('dt', {}, t('cocreation.my.orgStatus')), h('dd', { id: 'my-org-status' }, ccBadge('orgStatus', organisation.status)),
        h('dt', {}, t('cocreation.my.type')), h('dd', {}, organisation.organisationTypeLabel),
        h('dt', {}, t('cocreation.my.myRole')),
        h('dd', { id: 'my-role' }, entry ? ccLabel('role', entry.role) : t('cocreation.my.noRosterEntry')),
        organisation.statusReason ? [h('dt', {}, t('cocreation.my.statusReason')), h('dd', {}, organisation.statusReason)] : null),
      h('p', {}, h('a', { href: `#/organisations/${orgId}/profile`, id: 'my-profile-link' }, t('cocreation.my.publicProfile')),
        ' · ', h('a', { href: '#/notifications' }, t('cocreation.nav.notifications'))));
  } catch (error) {
    setStatus(message, t('common.failed', error.message), true);
  }

  await Promise.all([loadProgrammes(), loadPeople(), loadSeeds(), loadIssues()]);

  /** The organisation's items in the other programmes, each with its status and a link to its own screen. */
  async function loadProgrammes() {
    const items = (answer) => (answer && answer.items) || [];
    const [declarations, proposals, applications] = await Promise.all([
      api('/api/declarations?size=20').then(items).catch(() => null),
      api('/api/citylab/proposals/mine?size=100').then(items).catch(() => null),
      api('/api/fund/applications/mine?size=100').then(items).catch(() => null)]);
    if (!isCurrent()) {
      return;
    }
    const row = (id, label, href, list, status) => h('tr', { id },
      h('th', { scope: 'row' }, h('a', { href }, label)),
      h('td', {}, list === null ? t('cocreation.my.unavailable')
        : list.length ? list.map((item) => [badge(status, item.status), ' ']) : t('common.empty')));
    programmes.replaceChildren(h('h3', { id: 'my-programmes-h' }, t('cocreation.my.programmes')),
      h('table', {}, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('cocreation.my.programme')),
        h('th', { scope: 'col' }, t('cocreation.people.status')))),
      h('tbody', {},
        row('my-declaration', t('cocreation.my.declaration'), '#/declarations/mine',
          declarations && declarations.filter((d) => d.status !== 'REVOKED'), 'decl.status'),
        row('my-proposals', t('cocreation.my.proposals'), '#/citylab/proposals/mine', proposals,
          'citylab.proposalStatus'),
        row('my-applications', t('cocreation.my.applications'), '#/fund/mine', applications, 'fund.appStatus'))));
  }

  async function loadPeople() {
    const invite = h('form', { id: 'invite-form', class: 'inline-form', novalidate: true },
      field('invite-form', { name: 'email', label: t('cocreation.people.email'), type: 'email', required: true,
        autocomplete: 'off' }),
      field('invite-form', { name: 'role', label: t('cocreation.people.role'), kind: 'select', value: 'MEMBER',
        options: ROLES.map((value) => ({ value, label: ccLabel('role', value) })) }),
      h('button', { type: 'submit', id: 'invite-submit' }, t('cocreation.people.invite')));
    const inviteStatus = statusLine('invite-status');
    invite.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearErrors(invite);
      try {
        const answer = await api(`${base}/invitations`, { method: 'POST', body: {
          email: invite.elements.namedItem('email').value.trim(), role: invite.elements.namedItem('role').value } });
        invite.reset();
        await loadPeople();
        setStatus(document.getElementById('invite-status'),
          t('cocreation.people.invited', answer.invitation.email));
      } catch (error) {
        showProblem(invite, error, inviteStatus);
      }
    });
    try {
      const found = await api(`${base}/members${query({ page: peoplePage, size: 20 })}`);
      if (!isCurrent()) {
        return;
      }
      people.replaceChildren(h('h3', { id: 'my-people-h' }, t('cocreation.people.heading')),
        admin ? h('div', {}, h('h4', {}, t('cocreation.people.inviteHeading')), invite, inviteStatus) : '',
        table({ id: 'people-table', columns: [t('cocreation.people.email'), t('cocreation.people.username'),
          t('cocreation.people.role'), t('cocreation.people.status'), t('cocreation.people.since'), t('orgs.actions')],
        items: (found.items || []),
        rowAttributes: (m) => ({ 'data-id': m.id, 'data-status': m.status, 'data-role': m.role }),
        cells: (m) => [h('th', { scope: 'row' }, m.email), m.username || '', ccLabel('role', m.role),
          ccBadge('memberStatus', m.status), formatDateTime(m.joinedAt || m.invitedAt),
          admin && (m.status === 'ACTIVE' || m.status === 'INVITED') ? personActions(m) : ''] }),
        pager(found, (next) => navigate(`/my/organisation${query({ people: next })}`)));
    } catch (error) {
      people.replaceChildren(h('h3', { id: 'my-people-h' }, t('cocreation.people.heading')),
        h('p', { class: 'error' }, t('common.failed', error.message)));
    }
  }

  function personActions(member) {
    const line = statusLine(`person-${member.id}-status`);
    const role = h('select', { id: `person-${member.id}-role`, 'aria-label': t('cocreation.people.roleOf', member.email) },
      ROLES.map((value) => h('option', { value, selected: value === member.role }, ccLabel('role', value))));
    const change = h('button', { type: 'button', class: 'secondary person-role', onclick: async () => {
      try {
        await api(`${base}/members/${member.id}/role`, { method: 'PUT', body: { role: role.value } });
        await loadPeople();
        setStatus(message, t('cocreation.people.roleChanged', member.email));
      } catch (error) {
        setStatus(line, error.message, true);
      }
    } }, t('cocreation.people.changeRole'));
    const remove = h('button', { type: 'button', class: 'secondary person-remove',
      'aria-label': t('cocreation.people.removeOf', member.email), onclick: async () => {
        if (!window.confirm(t('cocreation.people.removeConfirm', member.email))) {
          return;
        }
        try {
          await api(`${base}/members/${member.id}`, { method: 'DELETE' });
          await loadPeople();
          setStatus(message, t('cocreation.people.removed', member.email));
        } catch (error) {
          // e.g. the last admin: the server says why.
          setStatus(line, error.message, true);
        }
      } }, t('cocreation.people.remove'));
    return h('div', { class: 'actions' }, h('div', { class: 'cc-buttons' }, role, change), remove, line);
  }

  async function loadSeeds() {
    try {
      const found = await api(`${base}/seeds?size=100`);
      if (!isCurrent()) {
        return;
      }
      seeds.replaceChildren(h('h3', { id: 'my-seeds-h' }, t('cocreation.my.seeds', found.totalItems)),
        h('p', {}, h('a', { href: '#/my/seeds/new', id: 'my-seed-new' }, t('cocreation.seeds.new'))),
        (found.items || []).length ? table({ id: 'my-seeds-table', columns: [t('cocreation.seeds.title'),
          t('cocreation.people.status'), t('cocreation.seeds.updatedAt'), t('orgs.actions')], items: (found.items || []),
        rowAttributes: (seed) => ({ 'data-id': seed.id }),
        cells: (seed) => [h('th', { scope: 'row' }, h('a', { href: `#/seeds/${seed.id}` }, seed.title)),
          ccBadge('seedStatus', seed.status), formatDateTime(seed.updatedAt),
          seed.status === 'PUBLISHED' ? h('div', { class: 'cc-buttons' },
            h('a', { href: `#/my/seeds/${seed.id}/edit`, class: 'button-link' }, t('cocreation.seeds.edit')),
            h('button', { type: 'button', class: 'secondary', onclick: async () => {
              if (!window.confirm(t('cocreation.seeds.withdrawConfirm', seed.title))) {
                return;
              }
              try {
                await api(`/api/cocreation/seeds/${seed.id}/withdraw`, { method: 'POST' });
                setStatus(message, t('cocreation.seeds.withdrawn', seed.title));
                await loadSeeds();
              } catch (error) {
                setStatus(message, t('common.failed', error.message), true);
              }
            } }, t('cocreation.seeds.withdraw'))) : ''] }) : h('p', {}, t('common.empty')));
    } catch (error) {
      seeds.replaceChildren(h('p', { class: 'error' }, t('common.failed', error.message)));
    }
  }

  async function loadIssues() {
    try {
      // The board has no organisation filter: the newest 100 issues, keeping this organisation's.
      const found = await api('/api/cocreation/issues?size=100');
      if (!isCurrent()) {
        return;
      }
      const ours = (found.items || []).filter((issue) => issue.organisationId === orgId);
      issues.replaceChildren(h('h3', { id: 'my-issues-h' }, t('cocreation.my.issues', ours.length)),
        h('p', {}, h('a', { href: '#/issues/new' }, t('cocreation.issues.new'))),
        ours.length ? table({ id: 'my-issues-table', columns: [t('cocreation.issues.title'), t('cocreation.people.status'),
          t('cocreation.issues.endorsements'), t('cocreation.issues.raisedAt')], items: ours,
        cells: (issue) => [h('th', { scope: 'row' }, h('a', { href: `#/issues/${issue.id}` }, issue.title)),
          ccBadge('issueStatus', issue.status), String(issue.endorsementCount), formatDateTime(issue.createdAt)] })
          : h('p', {}, t('common.empty')));
    } catch (error) {
      issues.replaceChildren(h('p', { class: 'error' }, t('common.failed', error.message)));
    }
  }
}

async function renderNotifications(container, { query: params, isCurrent }) {
  const unread = params.get('unread') === 'true';
  const page = Number(params.get('page')) || 0;
  const message = statusLine('notifications-status');
  const body = h('div', { id: 'notifications' });
  const filter = h('p', {},
    h('a', { href: '#/notifications', 'aria-current': unread ? undefined : 'true' }, t('cocreation.notifications.all')), ' · ',
    h('a', { href: '#/notifications?unread=true', 'aria-current': unread ? 'true' : undefined }, t('cocreation.notifications.unread')),
    ' ', h('button', { type: 'button', id: 'read-all', class: 'secondary', onclick: async () => {
      try {
        const answer = await api('/api/cocreation/notifications/read-all', { method: 'POST' });
        setStatus(message, t('cocreation.notifications.markedAll', Object.values(answer || {})[0] ?? 0));
        await load();
      } catch (error) {
        setStatus(message, t('common.failed', error.message), true);
      }
    } }, t('cocreation.notifications.readAll')));
  container.append(h('h2', { tabindex: '-1' }, t('cocreation.notifications.heading')), filter, message, body);

  async function load() {
    try {
      const [found, count] = await Promise.all([
        api(`/api/cocreation/notifications${query({ unread: unread ? 'true' : undefined, page, size: 20 })}`),
        api('/api/cocreation/notifications/unread-count')]);
      if (!isCurrent()) {
        return;
      }
      body.replaceChildren(h('p', { id: 'unread-count' }, t('cocreation.notifications.unreadCount', Object.values(count)[0] ?? 0)),
        (found.items || []).length ? h('ul', { class: 'cc-inbox', id: 'inbox' }, (found.items || []).map((n) =>
          h('li', { 'data-id': n.id, class: n.readAt ? 'read' : 'unread' },
            h('span', { class: 'cc-when' }, formatDateTime(n.createdAt)), ' ',
            h('span', {}, n.readAt ? '' : h('strong', {}, `${t('cocreation.notifications.new')} `), n.text), ' ',
            n.link ? h('a', { href: n.link }, t('cocreation.common.open')) : null,
            n.readAt ? null : h('button', { type: 'button', class: 'link mark-read', onclick: async () => {
              try {
                await api(`/api/cocreation/notifications/${n.id}/read`, { method: 'POST' });
                await load();
              } catch (error) {
                setStatus(message, t('common.failed', error.message), true);
              }
            } }, t('cocreation.notifications.markRead')))))
          : h('p', {}, t('common.empty')),
        pager(found, (next) => navigate(`/notifications${query({ unread: unread ? 'true' : undefined, page: next })}`)));
    } catch (error) {
      setStatus(message, t('common.failed', error.message), true);
    }
  }
  await load();
}

function renderAccept(container, { params }) {
  const message = statusLine('accept-status');
  const form = h('form', { id: 'accept-form', novalidate: true },
    field('accept-form', { name: 'code', label: t('cocreation.accept.code'), required: true, autocomplete: 'off' }),
    h('button', { type: 'submit', id: 'accept-submit' }, t('cocreation.accept.submit')));
  container.append(h('h2', { tabindex: '-1' }, t('cocreation.accept.heading')),
    h('p', {}, t('cocreation.accept.intro', (user() || {}).sub || '')), form, message);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    try {
      await api(`/api/cocreation/invitations/${encodeURIComponent(params.id)}/accept`, { method: 'POST',
        body: { code: form.elements.namedItem('code').value.trim() } });
      setStatus(message, t('cocreation.accept.done'));
    } catch (error) {
      showProblem(form, error, message);
    }
  });
}

route({ path: '/my/organisation', render: renderMyOrganisation, roles: ['MEMBER'], menu: 'cocreation.nav.my', group: 'cocreation', order: 35,
  title: 'cocreation.my.heading' });
route({ path: '/notifications', render: renderNotifications, roles: SIGNED_IN, menu: 'cocreation.nav.notifications', group: 'cocreation',
  order: 36 });
route({ path: '/invitations/:id/accept', render: renderAccept, roles: SIGNED_IN, title: 'cocreation.accept.heading' });
