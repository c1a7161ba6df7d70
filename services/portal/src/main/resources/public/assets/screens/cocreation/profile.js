// An organisation's public profile: what co-creation aggregates about an approved member (seeds, adopted
// proposals, collaboration projects, its SDGs declaration and fund grants) and its timeline across programmes
// (non-public entries only for its own people and the secretariat, as the API decides). No contact data is shown.

import { api, query } from '../../api.js';
import { h, pager, setStatus, statusLine, table } from '../../dom.js';
import { addTexts, formatDateTime, t } from '../../i18n.js';
import { navigate, route } from '../../router.js';
import { ccBadge, formatDate, targets } from './common.js';

async function renderProfile(container, { params, query: search, isCurrent }) {
  const message = statusLine('profile-status');
  const id = encodeURIComponent(params.id);
  let profile;
  try {
    profile = await api(`/api/cocreation/organisations/${id}/profile`);
  } catch (error) {
    container.append(h('h2', { tabindex: '-1' }, t('cocreation.profile.heading')), message);
    setStatus(message, error.status === 404 ? t('cocreation.profile.notFound') : t('common.failed', error.message), true);
    return;
  }
  if (!isCurrent()) {
    return;
  }
  const extensions = profile.extensions || {};
  const declaration = extensions.declaration;
  const grants = extensions.grants;
  const page = Number(search.get('page')) || 0;
  const seeds = h('div', { id: 'profile-seeds' });
  const timeline = h('div', { id: 'profile-timeline' });
  container.append(
    h('h2', { tabindex: '-1', id: 'profile-name' }, profile.name),
    h('p', {}, profile.organisationTypeLabel,
      profile.approvedAt ? ` · ${t('cocreation.profile.memberSince', formatDate(profile.approvedAt))}` : ''),
    h('section', { class: 'card', id: 'profile-declaration', 'aria-labelledby': 'profile-declaration-h' },
      h('h3', { id: 'profile-declaration-h' }, t('cocreation.profile.declaration')),
      declaration
        ? h('p', {}, ccBadge('declarationStatus', declaration.status), ' ',
          t('cocreation.profile.registration', declaration.registrationNumber || ''),
          declaration.termEndFiscalYear ? ` · ${t('cocreation.profile.termEnd', declaration.termEndFiscalYear)}` : '',
          (declaration.goals || []).length ? [' · ', t('cocreation.profile.goals'), ' ', targets(declaration.goals.map(String))] : null,
          declaration.publicReason ? h('span', { class: 'notes' }, ` (${declaration.publicReason})`) : null)
        : h('p', {}, t('cocreation.profile.noDeclaration'))),
    h('section', { class: 'card', 'aria-labelledby': 'profile-seeds-h' },
      h('h3', { id: 'profile-seeds-h' }, t('cocreation.profile.seeds', profile.seeds.total ?? 0)), seeds),
    achievements('profile-adopted', t('cocreation.profile.adopted', profile.adoptedProposals.total ?? 0),
      profile.adoptedProposals.latest || []),
    achievements('profile-projects', t('cocreation.profile.projects', profile.collaborationProjects.total ?? 0),
      profile.collaborationProjects.latest || []),
    h('section', { class: 'card', id: 'profile-grants', 'aria-labelledby': 'profile-grants-h' },
      h('h3', { id: 'profile-grants-h' }, t('cocreation.profile.grants', grants ? grants.total : 0)),
      grants && (grants.latest || []).length
        ? h('ul', {}, grants.latest.map((grant) => h('li', {}, grant.title, ' — ', formatDateTime(grant.awardedAt))))
        : h('p', {}, t('common.empty'))),
    h('section', { class: 'card', 'aria-labelledby': 'profile-timeline-h' },
      h('h3', { id: 'profile-timeline-h' }, t('cocreation.timeline.heading')), timeline),
    message);
  loadTimeline(timeline, params.id, search, isCurrent, message);
  try {
    const found = await api(`/api/cocreation/organisations/${id}/seeds${query({ page, size: 10 })}`);
    if (!isCurrent()) {
      return;
    }
    seeds.replaceChildren((found.items || []).length
      ? h('ul', { id: 'profile-seed-list' }, (found.items || []).map((seed) => h('li', { 'data-id': seed.id },
        h('a', { href: `#/seeds/${seed.id}` }, seed.title), ' ', targets(seed.sdgTargets))))
      : h('p', {}, t('common.empty')),
    found.totalPages > 1 ? pager(found, (next) => navigate(`/organisations/${params.id}/profile${query({ page: next })}`)) : '');
  } catch (error) {
    setStatus(message, t('common.failed', error.message), true);
  }
}

async function loadTimeline(box, organisationId, search, isCurrent, message) {
  const page = Number(search.get('tpage')) || 0;
  try {
    const found = await api(`/api/cocreation/organisations/${encodeURIComponent(organisationId)}/timeline${query({ page, size: 20 })}`);
    if (!isCurrent()) {
      return;
    }
    box.replaceChildren((found.items || []).length
      ? h('ul', { id: 'timeline-list', class: 'cc-timeline' }, found.items.map((entry) =>
        h('li', { 'data-kind': entry.kind, 'data-public': String(entry.publicEntry) },
          h('span', { class: 'cc-when' }, formatDateTime(entry.occurredAt)), ' ',
          h('a', { href: entry.link }, entry.text),
          entry.publicEntry ? null : h('span', { class: 'notes' }, ` (${t('cocreation.timeline.private')})`))))
      : h('p', {}, t('cocreation.timeline.empty')),
    found.totalPages > 1 ? pager(found, (next) => navigate(`/organisations/${organisationId}/profile${query({ tpage: next })}`)) : '');
  } catch (error) {
    setStatus(message, t('common.failed', error.message), true);
  }
}

function achievements(id, heading, items) {
  return h('section', { class: 'card', id, 'aria-labelledby': `${id}-h` },
    h('h3', { id: `${id}-h` }, heading),
    items.length
      ? table({ id: `${id}-table`, columns: [t('cocreation.profile.achievement'), t('cocreation.profile.when')], items,
        cells: (item) => [item.title, formatDateTime(item.occurredAt)] })
      : h('p', {}, t('common.empty')));
}

addTexts({
  ja: {
    'cocreation.timeline.heading': 'これまでの歩み',
    'cocreation.timeline.private': '非公開: 団体と事務局のみ',
    'cocreation.timeline.empty': 'まだ記録はありません。',
  },
  en: {
    'cocreation.timeline.heading': 'Timeline',
    'cocreation.timeline.private': 'not public: the organisation and the secretariat only',
    'cocreation.timeline.empty': 'Nothing recorded yet.',
  },
});

route({ path: '/organisations/:id/profile', render: renderProfile, title: 'cocreation.profile.heading' });
