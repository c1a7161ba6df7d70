// Seeds (シーズ): the public catalogue with Japanese search and paging, one seed's page, and the form members use to
// publish or edit their organisation's seeds (withdrawal is on the seed's page and on "my organisation").

import { api, query } from '../../api.js';
import { clearErrors, field, h, pager, setStatus, showProblem, statusLine, table } from '../../dom.js';
import { formatDateTime, t } from '../../i18n.js';
import { navigate, route } from '../../router.js';
import { hasAnyRole } from '../../session.js';
import { blankToNull, ccBadge, myOrganisationId, SECRETARIAT, splitList, targets } from './common.js';
import { formValues, keywordAndSdgFields } from '../citylab/discovery-filters.js';

async function renderCatalogue(container, { query: params, isCurrent }) {
  const current = { q: params.get('q') || '', goal: params.get('goal') || '', target: params.get('target') || '' };
  const page = Number(params.get('page')) || 0;
  const search = h('form', { id: 'seeds-search', class: 'inline-form', role: 'search', novalidate: true },
    ...keywordAndSdgFields('seeds-search', current),
    h('button', { type: 'submit', id: 'seeds-search-submit' }, t('cocreation.common.search')),
    h('button', { type: 'button', class: 'secondary', id: 'seeds-search-clear', onclick: () => navigate('/seeds') },
      t('discovery.clear')));
  search.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(`/seeds${query(formValues(search, ['q', 'goal', 'target']))}`);
  });
  const message = statusLine('seeds-status');
  const body = h('div', { id: 'seeds' });
  container.append(h('h2', { tabindex: '-1' }, t('cocreation.seeds.heading')), h('p', {}, t('cocreation.seeds.intro')),
    hasAnyRole(['MEMBER']) && myOrganisationId()
      ? h('p', {}, h('a', { href: '#/my/seeds/new', id: 'seed-new-link' }, t('cocreation.seeds.new'))) : null,
    search, message, body);
  try {
    const found = await api(`/api/cocreation/seeds${query({ q: current.q, sdgGoal: current.goal, sdgTarget: current.target,
      page, size: 20 })}`);
    if (!isCurrent()) {
      return;
    }
    body.replaceChildren(table({ id: 'seeds-table', caption: t('cocreation.seeds.caption'),
      columns: [t('cocreation.seeds.title'), t('cocreation.seeds.organisation'), t('cocreation.common.sdgTargets'),
        t('cocreation.seeds.keywords'), t('cocreation.seeds.publishedAt')],
      items: (found.items || []),
      rowAttributes: (seed) => ({ 'data-id': seed.id }),
      cells: (seed) => [h('th', { scope: 'row' }, h('a', { href: `#/seeds/${seed.id}`, class: 'seed-link' }, seed.title)),
        h('a', { href: `#/organisations/${seed.organisationId}/profile`, class: 'org-link' },
          seed.organisationName || t('cocreation.common.organisation')),
        targets(seed.sdgTargets), (seed.keywords || []).join('、'), formatDateTime(seed.publishedAt)] }),
    pager(found, (next) => navigate(`/seeds${query({ ...current, page: next })}`)));
    setStatus(message, (found.items || []).length ? t('cocreation.common.found', found.totalItems) : t('common.empty'));
  } catch (error) {
    setStatus(message, t('common.failed', error.message), true);
  }
}

async function renderSeed(container, { params, isCurrent }) {
  const message = statusLine('seed-status');
  try {
    const seed = await api(`/api/cocreation/seeds/${encodeURIComponent(params.id)}`);
    if (!isCurrent()) {
      return;
    }
    const mine = seed.organisationId === myOrganisationId();
    const canWithdraw = seed.status === 'PUBLISHED' && (mine || hasAnyRole(SECRETARIAT));
    const withdraw = h('button', { type: 'button', id: 'seed-withdraw', class: 'secondary', onclick: async () => {
      if (!window.confirm(t('cocreation.seeds.withdrawConfirm', seed.title))) {
        return;
      }
      try {
        await api(`/api/cocreation/seeds/${seed.id}/withdraw`, { method: 'POST' });
        navigate(`/seeds/${seed.id}`);
      } catch (error) {
        setStatus(message, t('common.failed', error.message), true);
      }
    } }, t('cocreation.seeds.withdraw'));
    container.append(h('h2', { tabindex: '-1', id: 'seed-title' }, seed.title),
      h('p', {}, ccBadge('seedStatus', seed.status), ' ',
        h('a', { href: `#/organisations/${seed.organisationId}/profile`, id: 'seed-org' },
          seed.organisationName || t('cocreation.common.organisation'))),
      h('p', { id: 'seed-description', class: 'cc-text' }, seed.description),
      h('dl', { class: 'cc-facts' },
        h('dt', {}, t('cocreation.common.sdgTargets')), h('dd', {}, targets(seed.sdgTargets)),
        h('dt', {}, t('cocreation.seeds.keywords')), h('dd', {}, (seed.keywords || []).join('、')),
        h('dt', {}, t('cocreation.seeds.contact')),
        h('dd', {}, [seed.contactName, seed.contactEmail].filter(Boolean).join(' / ')),
        h('dt', {}, t('cocreation.seeds.publishedAt')), h('dd', {}, formatDateTime(seed.publishedAt)),
        h('dt', {}, t('cocreation.seeds.updatedAt')), h('dd', {}, formatDateTime(seed.updatedAt))),
      h('div', { class: 'cc-buttons' },
        mine && seed.status === 'PUBLISHED'
          ? h('a', { href: `#/my/seeds/${seed.id}/edit`, id: 'seed-edit', class: 'button-link' }, t('cocreation.seeds.edit'))
          : null,
        canWithdraw ? withdraw : null),
      message,
      h('p', {}, h('a', { href: '#/seeds' }, t('cocreation.seeds.back'))));
  } catch (error) {
    container.append(h('h2', { tabindex: '-1' }, t('cocreation.seeds.heading')), message);
    setStatus(message, error.status === 404 ? t('cocreation.common.notFound') : t('common.failed', error.message), true);
  }
}

async function renderSeedForm(container, { params, isCurrent }) {
  const editing = Boolean(params.id);
  const message = statusLine('seed-form-status');
  let seed = { title: '', description: '', sdgTargets: [], keywords: [], contactName: '', contactEmail: '' };
  if (editing) {
    try {
      seed = await api(`/api/cocreation/seeds/${encodeURIComponent(params.id)}`);
    } catch (error) {
      container.append(h('h2', { tabindex: '-1' }, t('cocreation.seeds.editHeading')), message);
      setStatus(message, t('common.failed', error.message), true);
      return;
    }
    if (!isCurrent()) {
      return;
    }
  }
  const id = 'seed-form';
  const form = h('form', { id, novalidate: true },
    field(id, { name: 'title', label: t('cocreation.seeds.title'), required: true, value: seed.title }),
    field(id, { name: 'description', label: t('cocreation.seeds.description'), kind: 'textarea', rows: 6,
      required: true, value: seed.description }),
    field(id, { name: 'sdgTargets', label: t('cocreation.common.sdgTargets'), required: true,
      hint: t('cocreation.common.sdgTargetsHint'), value: (seed.sdgTargets || []).join(', ') }),
    field(id, { name: 'keywords', label: t('cocreation.seeds.keywords'), hint: t('cocreation.seeds.keywordsHint'),
      value: (seed.keywords || []).join(', ') }),
    field(id, { name: 'contactName', label: t('cocreation.seeds.contactName'), value: seed.contactName || '' }),
    field(id, { name: 'contactEmail', label: t('cocreation.seeds.contactEmail'), type: 'email',
      value: seed.contactEmail || '' }),
    h('button', { type: 'submit', id: 'seed-submit' }, editing ? t('cocreation.seeds.save') : t('cocreation.seeds.publish')));
  container.append(h('h2', { tabindex: '-1' }, editing ? t('cocreation.seeds.editHeading') : t('cocreation.seeds.newHeading')),
    h('p', {}, t('cocreation.seeds.formIntro')), form, message);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const value = (name) => form.elements.namedItem(name).value;
    const body = { organisationId: editing ? seed.organisationId : myOrganisationId(), title: value('title'),
      description: value('description'), sdgTargets: splitList(value('sdgTargets')),
      keywords: splitList(value('keywords')), contactName: blankToNull(value('contactName')),
      contactEmail: blankToNull(value('contactEmail')) };
    try {
      const saved = await api(editing ? `/api/cocreation/seeds/${seed.id}` : '/api/cocreation/seeds',
        { method: editing ? 'PUT' : 'POST', body });
      navigate(`/seeds/${saved.id}`);
    } catch (error) {
      showProblem(form, error, message);
    }
  });
}

route({ path: '/seeds', render: renderCatalogue, menu: 'cocreation.nav.seeds', group: 'cocreation', order: 30,
  title: 'cocreation.seeds.heading' });
route({ path: '/seeds/:id', render: renderSeed, title: 'cocreation.seeds.heading' });
route({ path: '/my/seeds/new', render: renderSeedForm, roles: ['MEMBER'], title: 'cocreation.seeds.newHeading' });
route({ path: '/my/seeds/:id/edit', render: renderSeedForm, roles: ['MEMBER'], title: 'cocreation.seeds.editHeading' });
