// Discovery: the public member directory (name, type, SDGs declaration, goal; no contact data) and, for a member,
// the open City Lab challenges that fit its organisation's seeds, ranked, with the reason.

import { api, query } from '../../api.js';
import { field, h, pager, setStatus, statusLine, table } from '../../dom.js';
import { t } from '../../i18n.js';
import { navigate, route } from '../../router.js';
import { formValues, keywordAndSdgFields } from './discovery-filters.js';

const ORGANISATION_TYPES = ['COMPANY', 'STARTUP', 'SME', 'UNIVERSITY', 'RESEARCH_INSTITUTE', 'NPO',
  'FINANCIAL_INSTITUTION', 'CITY_DEPARTMENT'];
const PAGE_SIZE = 20;

async function renderMembers(container, { query: params, isCurrent }) {
  const current = { q: params.get('q') || '', type: params.get('type') || '', declared: params.get('declared') || '',
    goal: params.get('goal') || '' };
  const page = Number(params.get('page')) || 0;
  const formId = 'members-filter';
  const form = h('form', { id: formId, class: 'inline-form', role: 'search', novalidate: true },
    ...keywordAndSdgFields(formId, current, { target: false }),
    field(formId, { name: 'type', label: t('discovery.members.type'), kind: 'select', value: current.type,
      options: [{ value: '', label: t('discovery.members.anyType') },
        ...ORGANISATION_TYPES.map((type) => ({ value: type, label: t(`orgType.${type}`) }))] }),
    field(formId, { name: 'declared', label: t('discovery.members.declared'), kind: 'select', value: current.declared,
      options: [{ value: '', label: t('discovery.members.anyDeclared') },
        { value: 'true', label: t('discovery.members.declaredYes') },
        { value: 'false', label: t('discovery.members.declaredNo') }] }),
    h('button', { type: 'submit', id: 'members-search' }, t('discovery.search')),
    h('button', { type: 'button', class: 'secondary', id: 'members-clear', onclick: () => navigate('/members') },
      t('discovery.clear')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(`/members${query(formValues(form, ['q', 'goal', 'type', 'declared']))}`);
  });
  const message = statusLine('members-status');
  const body = h('div', { id: 'members' });
  container.append(h('h2', { tabindex: '-1' }, t('discovery.members.heading')),
    h('p', {}, t('discovery.members.intro')), form, message, body);
  try {
    const { goal, ...filters } = current;
    const found = await api(`/api/cocreation/directory${query({ ...filters, sdgGoal: goal, page, size: PAGE_SIZE })}`);
    if (!isCurrent()) {
      return;
    }
    const items = found.items || [];
    body.replaceChildren(table({ id: 'members-table', caption: t('discovery.members.caption'),
      columns: [t('discovery.members.name'), t('discovery.members.type'), t('discovery.members.declaration'),
        t('discovery.members.projects'), t('discovery.members.seeds')],
      items,
      rowAttributes: (m) => ({ 'data-id': m.id }),
      cells: (m) => [h('th', { scope: 'row' }, h('a', { href: `#/organisations/${m.id}/profile`, class: 'member-link' },
        m.name)), m.organisationTypeLabel,
      m.declared ? t('discovery.members.declaredWith', m.registrationNumber, (m.declarationGoals || []).join(', '))
        : t('discovery.members.notDeclared'), String(m.projects || 0), String(m.seeds || 0)] }),
    pager(found, (next) => navigate(`/members${query({ ...current, page: next })}`)));
    setStatus(message, items.length ? t('discovery.found', found.totalItems) : t('common.empty'));
  } catch (error) {
    setStatus(message, t('common.failed', error.message), true);
  }
}

async function renderForMySeeds(container, { query: params, isCurrent }) {
  const page = Number(params.get('page')) || 0;
  const message = statusLine('fits-status');
  const body = h('div', { id: 'fits' });
  container.append(h('h2', { tabindex: '-1' }, t('discovery.fits.heading')), h('p', {}, t('discovery.fits.intro')),
    message, body);
  try {
    const found = await api(`/api/citylab/challenges/for-my-seeds${query({ page, size: PAGE_SIZE })}`);
    if (!isCurrent()) {
      return;
    }
    const items = found.items || [];
    body.replaceChildren(table({ id: 'fits-table', caption: t('discovery.fits.caption'),
      columns: [t('discovery.fits.rank'), t('discovery.fits.challenge'), t('citylab.deadline'),
        t('discovery.fits.seed'), t('discovery.fits.reason')],
      items,
      rowAttributes: (fit) => ({ 'data-id': fit.challengeId }),
      cells: (fit) => [String(fit.rank), h('a', { href: `#/citylab/challenges/${fit.challengeId}`, class: 'fit-link' },
        fit.challengeTitle), fit.proposalDeadline || '', h('a', { href: `#/seeds/${fit.seedId}` }, fit.seedTitle),
      h('span', { class: 'fit-reason' }, fit.reason)] }),
    pager(found, (next) => navigate(`/citylab/for-my-seeds${query({ page: next })}`)));
    setStatus(message, items.length ? t('discovery.found', found.totalItems) : t('discovery.fits.none'));
  } catch (error) {
    setStatus(message, t('common.failed', error.message), true);
  }
}

route({ path: '/members', render: renderMembers, menu: 'discovery.nav.members', group: 'cocreation', order: 31 });
route({ path: '/citylab/for-my-seeds', render: renderForMySeeds, roles: ['MEMBER'],
  menu: 'discovery.nav.forMySeeds', group: 'citylab', order: 32.5 });
