// Meetings and working groups: the public list of meetings and groups; signed-in people register for meetings and
// join groups; the secretariat schedules meetings, records attendance, drafts and approves the minutes, and turns
// action items into issues on the board.

import { api, query } from '../../api.js';
import { clearErrors, field, h, pager, setStatus, showProblem, statusLine, table } from '../../dom.js';
import { formatDateTime, t } from '../../i18n.js';
import { navigate, route } from '../../router.js';
import { hasAnyRole, user } from '../../session.js';
import { blankToNull, ccBadge, ccLabel, SECRETARIAT } from './common.js';
import { organisationNames } from '../common/lookups.js';

const KINDS = ['MEETING', 'EXCHANGE_OF_VIEWS', 'NETWORKING'];
const REGISTERING = ['MEMBER', 'STAFF', 'SECRETARIAT', 'COMMITTEE', 'ADMIN'];

function tokyo(localDateTime) {
  return localDateTime ? String(localDateTime).replace('T', ' ').slice(0, 16) : '';
}

async function renderMeetings(container, { query: params, isCurrent }) {
  const page = Number(params.get('page')) || 0;
  const message = statusLine('meetings-status');
  const body = h('div', { id: 'meetings' });
  container.append(h('h2', { tabindex: '-1' }, t('cocreation.meetings.heading')),
    hasAnyRole(SECRETARIAT) ? h('p', {}, h('a', { href: '#/secretariat/meetings/new', id: 'meeting-new-link' },
      t('cocreation.meetings.new'))) : null,
    message, body);
  try {
    const found = await api(`/api/cocreation/meetings${query({ page, size: 20 })}`);
    if (!isCurrent()) {
      return;
    }
    body.replaceChildren(table({ id: 'meetings-table', columns: [t('cocreation.meetings.title'),
      t('cocreation.meetings.kind'), t('cocreation.meetings.startsAt'), t('cocreation.meetings.place'),
      t('cocreation.meetings.seats'), t('cocreation.people.status')], items: (found.items || []),
    rowAttributes: (m) => ({ 'data-id': m.id }),
    cells: (m) => [h('th', { scope: 'row' }, h('a', { href: `#/meetings/${m.id}` }, m.title)), m.kindLabel,
      tokyo(m.startsAtTokyo), m.place || m.onlineUrl || '', `${m.seatsTaken} / ${m.capacity}`,
      ccBadge('meetingStatus', m.status)] }),
    pager(found, (next) => navigate(`/meetings${query({ page: next })}`)));
    if (!(found.items || []).length) {
      setStatus(message, t('common.empty'));
    }
  } catch (error) {
    setStatus(message, t('common.failed', error.message), true);
  }
}

async function renderNewMeeting(container, { isCurrent }) {
  const id = 'meeting-form';
  const message = statusLine('meeting-form-status');
  let groups = [];
  try {
    groups = (await api('/api/cocreation/working-groups?size=100')).items || [];
  } catch (error) {
    setStatus(message, t('common.failed', error.message), true);
  }
  if (!isCurrent()) {
    return;
  }
  const form = h('form', { id, novalidate: true },
    field(id, { name: 'workingGroupId', label: t('cocreation.meetings.group'), kind: 'select',
      options: [{ value: '', label: t('cocreation.meetings.noGroup') }, ...groups.map((g) => ({ value: g.id, label: g.name }))] }),
    field(id, { name: 'kind', label: t('cocreation.meetings.kind'), kind: 'select', required: true, value: 'MEETING',
      options: KINDS.map((value) => ({ value, label: ccLabel('meetingKind', value) })) }),
    field(id, { name: 'title', label: t('cocreation.meetings.title'), required: true }),
    field(id, { name: 'agenda', label: t('cocreation.meetings.agenda'), kind: 'textarea', rows: 5, required: true }),
    field(id, { name: 'startsAtTokyo', label: t('cocreation.meetings.startsAt'), type: 'datetime-local', required: true,
      hint: t('cocreation.meetings.tokyoHint') }),
    field(id, { name: 'endsAtTokyo', label: t('cocreation.meetings.endsAt'), type: 'datetime-local', required: true }),
    field(id, { name: 'place', label: t('cocreation.meetings.place') }),
    field(id, { name: 'onlineUrl', label: t('cocreation.meetings.onlineUrl'), type: 'url', hint: 'https://…' }),
    field(id, { name: 'capacity', label: t('cocreation.meetings.capacity'), type: 'number', required: true, value: '30' }),
    h('button', { type: 'submit', id: 'meeting-submit' }, t('cocreation.meetings.schedule')));
  container.append(h('h2', { tabindex: '-1' }, t('cocreation.meetings.newHeading')), form, message);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const value = (name) => blankToNull(form.elements.namedItem(name).value);
    const capacity = value('capacity');
    try {
      const meeting = await api('/api/cocreation/meetings', { method: 'POST', body: { workingGroupId: value('workingGroupId'),
        kind: value('kind'), title: value('title'), agenda: value('agenda'), startsAtTokyo: value('startsAtTokyo'),
        endsAtTokyo: value('endsAtTokyo'), place: value('place'), onlineUrl: value('onlineUrl'),
        capacity: capacity === null || Number.isNaN(Number(capacity)) ? capacity : Number(capacity) } });
      navigate(`/meetings/${meeting.id}`);
    } catch (error) {
      showProblem(form, error, message);
    }
  });
}

async function renderMeeting(container, { params, isCurrent }) {
  const message = statusLine('meeting-status');
  const base = `/api/cocreation/meetings/${encodeURIComponent(params.id)}`;
  let meeting;
  try {
    meeting = await api(base);
  } catch (error) {
    container.append(h('h2', { tabindex: '-1' }, t('cocreation.meetings.heading')), message);
    setStatus(message, error.status === 404 ? t('cocreation.common.notFound') : t('common.failed', error.message), true);
    return;
  }
  if (!isCurrent()) {
    return;
  }
  const secretariat = hasAnyRole(SECRETARIAT);
  const registration = h('div', { id: 'meeting-registration' });
  const minutes = h('section', { class: 'card', id: 'meeting-minutes', 'aria-labelledby': 'meeting-minutes-h' });
  const items = h('section', { class: 'card', id: 'meeting-items', 'aria-labelledby': 'meeting-items-h' });
  const attendance = h('section', { class: 'card', id: 'meeting-attendance' });
  container.append(h('h2', { tabindex: '-1', id: 'meeting-title' }, meeting.title),
    h('p', {}, ccBadge('meetingStatus', meeting.status), ' ', meeting.kindLabel),
    h('dl', { class: 'cc-facts' },
      h('dt', {}, t('cocreation.meetings.startsAt')), h('dd', {}, `${tokyo(meeting.startsAtTokyo)} – ${tokyo(meeting.endsAtTokyo)}`),
      h('dt', {}, t('cocreation.meetings.place')), h('dd', {}, meeting.place || ''),
      meeting.onlineUrl ? [h('dt', {}, t('cocreation.meetings.onlineUrl')),
        h('dd', {}, h('a', { href: meeting.onlineUrl, rel: 'noopener noreferrer' }, meeting.onlineUrl))] : null,
      h('dt', {}, t('cocreation.meetings.seats')),
      h('dd', { id: 'meeting-seats' }, t('cocreation.meetings.seatsText', meeting.seatsTaken, meeting.capacity, meeting.waiting)),
      meeting.participantCount !== null && meeting.participantCount !== undefined
        ? [h('dt', {}, t('cocreation.meetings.participants')), h('dd', {}, String(meeting.participantCount))] : null),
    h('p', { class: 'cc-text' }, meeting.agenda),
    registration, message,
    secretariat ? attendance : null, minutes, items,
    h('p', {}, h('a', { href: '#/meetings' }, t('cocreation.meetings.back'))));

  await Promise.all([loadRegistration(), secretariat ? loadAttendance() : null, loadMinutes(), loadItems()]);

  async function loadRegistration() {
    if (!user() || !hasAnyRole(REGISTERING) || meeting.status !== 'SCHEDULED') {
      registration.replaceChildren();
      return;
    }
    let mine = null;
    try {
      mine = await api(`${base}/registration`);
    } catch (error) {
      mine = null;
    }
    const registered = mine && mine.status !== 'CANCELLED';
    registration.replaceChildren(h('p', {},
      registered ? h('span', { id: 'my-registration' }, ccLabel('registrationStatus', mine.status),
        mine.status === 'WAITLISTED' ? ` (${t('cocreation.meetings.position', mine.waitingPosition)})` : '', ' ') : null,
      h('button', { type: 'button', id: registered ? 'meeting-cancel-registration' : 'meeting-register',
        class: registered ? 'secondary' : undefined, onclick: async () => {
          try {
            await api(`${base}/${registered ? 'registration' : 'register'}`, { method: registered ? 'DELETE' : 'POST' });
            await loadRegistration();
          } catch (error) {
            setStatus(message, error.message, true);
          }
        } }, registered ? t('cocreation.meetings.cancelRegistration') : t('cocreation.meetings.register'))));
  }

  async function loadAttendance() {
    try {
      const found = await api(`${base}/registrations?size=200`);
      const canRecord = meeting.status === 'SCHEDULED';
      const form = h('form', { id: 'attendance-form', novalidate: true },
        table({ id: 'registrations-table', columns: [t('cocreation.meetings.attended'), t('cocreation.people.username'),
          t('cocreation.people.status'), t('cocreation.meetings.registeredAt')], items: (found.items || []),
        rowAttributes: (r) => ({ 'data-username': r.username, 'data-status': r.status }),
        cells: (r) => [h('input', { type: 'checkbox', name: 'attended', value: r.userId, checked: r.attended,
          disabled: !canRecord || r.status !== 'REGISTERED', id: `attended-${r.id}`,
          'aria-label': t('cocreation.meetings.attendedOf', r.username) }),
        r.username, ccLabel('registrationStatus', r.status), formatDateTime(r.registeredAt)] }),
        canRecord ? [field('attendance-form', { name: 'walkIns', label: t('cocreation.meetings.walkIns'), type: 'number', value: '0' }),
          h('div', { class: 'cc-buttons' },
            h('button', { type: 'submit', id: 'attendance-submit' }, t('cocreation.meetings.recordAttendance')),
            h('button', { type: 'button', class: 'secondary', id: 'meeting-cancel', onclick: async () => {
              if (!window.confirm(t('cocreation.meetings.cancelConfirm'))) {
                return;
              }
              try {
                await api(`${base}/cancel`, { method: 'POST' });
                navigate(`/meetings/${meeting.id}`);
              } catch (error) {
                setStatus(message, error.message, true);
              }
            } }, t('cocreation.meetings.cancel')))] : null);
      form.addEventListener('submit', async (event) => {
        event.preventDefault();
        clearErrors(form);
        const attended = [...form.querySelectorAll('input[name="attended"]:checked')].map((box) => box.value);
        const walkIns = form.elements.namedItem('walkIns').value;
        try {
          await api(`${base}/record-attendance`, { method: 'POST', body: { attendedUserIds: attended,
            walkIns: walkIns === '' ? null : Number(walkIns) } });
          navigate(`/meetings/${meeting.id}`);
        } catch (error) {
          showProblem(form, error, message);
        }
      });
      attendance.replaceChildren(h('h3', {}, t('cocreation.meetings.attendance', found.totalItems)), form);
    } catch (error) {
      attendance.replaceChildren(h('p', { class: 'error' }, t('common.failed', error.message)));
    }
  }

  async function loadMinutes() {
    try {
      const found = await api(`${base}/minutes?size=20`);
      const latest = (found.items || [])[0];
      const parts = [h('h3', { id: 'meeting-minutes-h' }, t('cocreation.meetings.minutes'))];
      if (latest) {
        parts.push(h('p', {}, ccBadge('minutesStatus', latest.status), ' ',
          t('cocreation.meetings.revision', latest.revision, formatDateTime(latest.draftedAt))),
        h('p', { class: 'cc-text', id: 'minutes-body' }, latest.body));
      } else {
        parts.push(h('p', {}, t('cocreation.meetings.noMinutes')));
      }
      if (secretariat && !(latest && latest.status === 'APPROVED')) {
        const form = h('form', { id: 'minutes-form', novalidate: true },
          field('minutes-form', { name: 'body', label: t('cocreation.meetings.minutesBody'), kind: 'textarea', rows: 8,
            value: latest ? latest.body : '', required: true }),
          h('div', { class: 'cc-buttons' },
            h('button', { type: 'submit', id: 'minutes-save' }, t('cocreation.meetings.saveMinutes')),
            latest ? h('button', { type: 'button', class: 'secondary', id: 'minutes-approve', onclick: async () => {
              try {
                await api(`${base}/minutes/approve`, { method: 'POST', body: { revision: latest.revision } });
                await loadMinutes();
              } catch (error) {
                setStatus(message, error.message, true);
              }
            } }, t('cocreation.meetings.approveMinutes', latest.revision)) : null));
        form.addEventListener('submit', async (event) => {
          event.preventDefault();
          clearErrors(form);
          try {
            await api(`${base}/minutes`, { method: 'PUT', body: { body: form.elements.namedItem('body').value } });
            await loadMinutes();
          } catch (error) {
            showProblem(form, error, message);
          }
        });
        parts.push(form);
      }
      minutes.replaceChildren(...parts);
    } catch (error) {
      minutes.replaceChildren(h('p', { class: 'error' }, t('common.failed', error.message)));
    }
  }

  async function loadItems() {
    try {
      const found = await api(`${base}/action-items?size=100`);
      const parts = [h('h3', { id: 'meeting-items-h' }, t('cocreation.meetings.actionItems')),
        (found.items || []).length ? table({ id: 'action-items-table', columns: [t('cocreation.issues.title'),
          t('cocreation.issues.body'), t('cocreation.people.status'), t('orgs.actions')], items: (found.items || []),
        rowAttributes: (item) => ({ 'data-id': item.id, 'data-status': item.status }),
        cells: (item) => [item.title, item.body, ccBadge('actionItemStatus', item.status),
          secretariat && item.status === 'OPEN' ? h('button', { type: 'button', class: 'secondary raise-item', onclick: async () => {
            try {
              await api(`${base}/action-items/${item.id}/raise`, { method: 'POST' });
              setStatus(message, t('cocreation.meetings.raised', item.title));
              await loadItems();
            } catch (error) {
              setStatus(message, error.message, true);
            }
          } }, t('cocreation.meetings.raise')) : ''] }) : h('p', {}, t('common.empty'))];
      if (secretariat && meeting.status === 'HELD') {
        const form = h('form', { id: 'action-item-form', novalidate: true },
          field('action-item-form', { name: 'title', label: t('cocreation.issues.title'), required: true }),
          field('action-item-form', { name: 'body', label: t('cocreation.issues.body'), kind: 'textarea', rows: 3, required: true }),
          h('button', { type: 'submit', id: 'action-item-submit' }, t('cocreation.meetings.addItem')));
        form.addEventListener('submit', async (event) => {
          event.preventDefault();
          clearErrors(form);
          try {
            await api(`${base}/action-items`, { method: 'POST', body: { title: form.elements.namedItem('title').value,
              body: form.elements.namedItem('body').value } });
            await loadItems();
          } catch (error) {
            showProblem(form, error, message);
          }
        });
        parts.push(form);
      }
      items.replaceChildren(...parts);
    } catch (error) {
      items.replaceChildren(h('p', { class: 'error' }, t('common.failed', error.message)));
    }
  }
}

async function renderGroups(container, { query: params, isCurrent }) {
  const page = Number(params.get('page')) || 0;
  const message = statusLine('groups-status');
  const body = h('div', { id: 'groups' });
  container.append(h('h2', { tabindex: '-1' }, t('cocreation.groups.heading')), message, body);
  if (hasAnyRole(SECRETARIAT)) {
    const id = 'group-form';
    const form = h('form', { id, novalidate: true },
      field(id, { name: 'name', label: t('cocreation.groups.name'), required: true }),
      field(id, { name: 'description', label: t('cocreation.groups.description'), kind: 'textarea', rows: 3, required: true }),
      h('div', { class: 'field' }, h('label', {}, h('input', { type: 'checkbox', name: 'closedMembership', id: `${id}-closed`,
        class: 'cc-check' }), ' ', t('cocreation.groups.closed'))),
      h('div', { class: 'field' }, h('label', {}, h('input', { type: 'checkbox', name: 'privateGroup', id: `${id}-private`,
        class: 'cc-check' }), ' ', t('cocreation.groups.private'))),
      h('button', { type: 'submit', id: 'group-submit' }, t('cocreation.groups.form')));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearErrors(form);
      const el = (name) => form.elements.namedItem(name);
      try {
        await api('/api/cocreation/working-groups', { method: 'POST', body: { name: el('name').value,
          description: el('description').value, closedMembership: el('closedMembership').checked,
          privateGroup: el('privateGroup').checked } });
        form.reset();
        navigate('/working-groups');
      } catch (error) {
        showProblem(form, error, message);
      }
    });
    container.append(h('details', { class: 'card' }, h('summary', {}, t('cocreation.groups.form')), form));
  }
  try {
    const found = await api(`/api/cocreation/working-groups${query({ page, size: 20 })}`);
    if (!isCurrent()) {
      return;
    }
    body.replaceChildren(table({ id: 'groups-table', columns: [t('cocreation.groups.name'), t('cocreation.groups.description'),
      t('cocreation.groups.membership'), t('orgs.actions')], items: (found.items || []),
    rowAttributes: (g) => ({ 'data-id': g.id }),
    cells: (g) => [h('th', { scope: 'row' }, h('a', { href: `#/working-groups/${g.id}`, class: 'group-link' }, g.name)),
      g.description,
      [g.closedMembership ? t('cocreation.groups.closed') : t('cocreation.groups.open'),
        g.privateGroup ? ` · ${t('cocreation.groups.private')}` : ''].join(''),
      user() ? (g.myStatus ? ccLabel('groupMemberStatus', g.myStatus)
        : h('button', { type: 'button', class: 'secondary', onclick: async () => {
          try {
            await api(`/api/cocreation/working-groups/${g.id}/join`, { method: 'POST' });
            navigate(`/working-groups${query({ page })}`);
          } catch (error) {
            setStatus(message, error.message, true);
          }
        } }, t('cocreation.groups.join'))) : ''] }),
    pager(found, (next) => navigate(`/working-groups${query({ page: next })}`)));
  } catch (error) {
    setStatus(message, t('common.failed', error.message), true);
  }
}

/**
 * One working group: what it is, the caller's membership (with the button to join), the join requests for the
 * group's lead and the secretariat to approve or decline, and the members for those who may see them.
 */
async function renderGroup(container, { params, isCurrent }) {
  const message = statusLine('group-status');
  const base = `/api/cocreation/working-groups/${encodeURIComponent(params.id)}`;
  const heading = h('h2', { tabindex: '-1' }, t('cocreation.groups.heading'));
  const body = h('div', { id: 'group' });
  container.append(heading, message, body, h('p', {}, h('a', { href: '#/working-groups' }, t('cocreation.group.back'))));
  const load = async () => {
    let group;
    try {
      group = await api(base);
    } catch (error) {
      setStatus(message, error.status === 404 ? t('cocreation.common.notFound') : t('common.failed', error.message), true);
      return;
    }
    // Members are shown to members; join requests to the lead and the secretariat (anyone else is refused: no list).
    const [members, requests] = user() ? await Promise.all([
      api(`${base}/members${query({ status: 'ACTIVE', page: 0, size: 100 })}`).catch(() => null),
      api(`${base}/members${query({ status: 'PENDING', page: 0, size: 100 })}`).catch(() => null)]) : [null, null];
    const names = await organisationNames([...((members && members.items) || []), ...((requests && requests.items) || [])]
      .map((m) => m.organisationId));
    if (!isCurrent()) {
      return;
    }
    heading.textContent = group.name;
    const organisation = (m) => (m.organisationId ? names.get(m.organisationId) || m.organisationId : '');
    body.replaceChildren(h('p', { class: 'cc-text' }, group.description),
      h('p', {}, [group.closedMembership ? t('cocreation.groups.closed') : t('cocreation.groups.open'),
        group.privateGroup ? ` · ${t('cocreation.groups.private')}` : ''].join('')),
      user() ? h('p', { id: 'group-my-status', 'data-status': group.myStatus || '' }, group.myStatus
        ? t('cocreation.group.myStatus', ccLabel('groupMemberStatus', group.myStatus))
        : h('button', { type: 'button', id: 'group-join', onclick: async () => {
          try {
            const joined = await api(`${base}/join`, { method: 'POST' });
            setStatus(message, joined.status === 'ACTIVE' ? t('cocreation.group.joined') : t('cocreation.group.requested'));
            await load();
          } catch (error) {
            setStatus(message, error.message, true);
          }
        } }, t('cocreation.groups.join'))) : null,
      requests ? h('section', { id: 'join-requests', 'aria-labelledby': 'join-requests-h' },
        h('h3', { id: 'join-requests-h' }, t('cocreation.group.requests')),
        h('p', { class: 'hint' }, t('cocreation.group.requestsHint')),
        (requests.items || []).length ? table({ id: 'join-requests-table',
          columns: [t('cocreation.group.person'), t('cocreation.group.organisation'), t('cocreation.group.requestedAt'),
            t('orgs.actions')],
          items: requests.items,
          rowAttributes: (m) => ({ 'data-id': m.id, 'data-username': m.username }),
          cells: (m) => [h('th', { scope: 'row' }, m.username), organisation(m), formatDateTime(m.requestedAt),
            h('div', { class: 'actions' }, [true, false].map((approve) => h('button', { type: 'button',
              class: approve ? 'approve' : 'decline secondary', 'aria-label': t(approve ? 'cocreation.group.approveLabel'
                : 'cocreation.group.declineLabel', m.username), onclick: async (event) => {
                event.target.disabled = true;
                try {
                  await api(`${base}/members/${m.id}/decide`, { method: 'POST', body: { approve } });
                  setStatus(message, t(approve ? 'cocreation.group.approved' : 'cocreation.group.declined', m.username));
                  await load();
                } catch (error) {
                  event.target.disabled = false;
                  setStatus(message, error.message, true);
                }
              } }, t(approve ? 'cocreation.group.approve' : 'cocreation.group.decline'))))] })
          : h('p', { id: 'join-requests-none' }, t('cocreation.group.noRequests'))) : null,
      members ? h('section', { id: 'group-members', 'aria-labelledby': 'group-members-h' },
        h('h3', { id: 'group-members-h' }, t('cocreation.group.members', members.totalItems)),
        (members.items || []).length ? h('ul', { id: 'group-members-list' }, members.items.map((m) => h('li',
          { 'data-username': m.username }, m.username, m.organisationId ? `（${organisation(m)}）` : '')))
          : h('p', {}, t('common.empty'))) : null);
  };
  await load();
}

route({ path: '/meetings', render: renderMeetings, menu: 'cocreation.nav.meetings', group: 'cocreation', order: 40,
  title: 'cocreation.meetings.heading' });
route({ path: '/secretariat/meetings/new', render: renderNewMeeting, roles: SECRETARIAT,
  title: 'cocreation.meetings.newHeading' });
route({ path: '/meetings/:id', render: renderMeeting, title: 'cocreation.meetings.heading' });
route({ path: '/working-groups', render: renderGroups, menu: 'cocreation.nav.groups', group: 'cocreation', order: 41,
  title: 'cocreation.groups.heading' });
route({ path: '/working-groups/:id', render: renderGroup, title: 'cocreation.groups.heading' });
