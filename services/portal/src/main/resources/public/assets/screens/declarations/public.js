// The public side of the SDGs declaration registry: the directory of declarants with its filters (keyword in
// Japanese, goal, target, organisation type, status) and paging, each declaration's page, and the open-data files.
// No sign-in needed.

import { api, query } from '../../api.js';
import { field, h, pager, setStatus, showProblem, statusLine, table } from '../../dom.js';
import { lang, t } from '../../i18n.js';
import { navigate, route } from '../../router.js';
import { entryView, flagText, goalChips, statusBadge, termText } from './entry.js';
import { SDG_GOALS, sdgGoal } from './sdg.js';
import './texts.js';
import { complaintForm } from './complaints.js';

const PUBLIC_STATUSES = ['REGISTERED', 'REPORT_OVERDUE', 'LAPSED', 'REVOKED'];
const ORGANISATION_TYPES = ['COMPANY', 'STARTUP', 'SME', 'UNIVERSITY', 'RESEARCH_INSTITUTE', 'NPO',
  'FINANCIAL_INSTITUTION', 'CITY_DEPARTMENT'];
const PAGE_SIZE = 20;

/** Goal options in the chosen language, with "any" first. */
export function goalOptions(anyKey) {
  return [{ value: '', label: t(anyKey) },
    ...SDG_GOALS.map((goal) => ({ value: String(goal.goal), label: t('decl.goalOption', goal.goal, goal[lang()]) }))];
}

/** The goal's targets as options, with "any"/"choose" first; none but that when no goal is chosen. */
export function targetOptions(goal, anyKey) {
  const entry = sdgGoal(goal);
  return [{ value: '', label: t(anyKey) }, ...(entry ? entry.targets.map((target) => ({ value: target,
    label: target })) : [])];
}

export function fillSelect(select, options, value) {
  select.replaceChildren(...options.map((option) => h('option', { value: option.value,
    selected: option.value === value }, option.label)));
}

function openDataLinks() {
  return h('p', { class: 'decl-open-data', id: 'decl-open-data' }, t('decl.openData'), ' ',
    h('a', { href: '/api/declarations/open-data.csv', download: 'sdgs-declarations.csv', id: 'decl-open-data-csv',
      type: 'text/csv' }, t('decl.openData.csv')), ' · ',
    h('a', { href: '/api/declarations/open-data.json', id: 'decl-open-data-json', type: 'application/json' },
      t('decl.openData.json')));
}

async function renderDirectory(container, { query: params, isCurrent }) {
  const current = {
    keyword: params.get('keyword') || '',
    goal: params.get('goal') || '',
    target: params.get('target') || '',
    organisationType: params.get('organisationType') || '',
    status: params.get('status') || '',
  };
  const page = Number(params.get('page')) || 0;
  const formId = 'decl-filter';
  const form = h('form', { id: formId, class: 'inline-form decl-filter', role: 'search', novalidate: true },
    field(formId, { name: 'keyword', label: t('decl.filter.keyword'), type: 'search', value: current.keyword }),
    field(formId, { name: 'goal', label: t('decl.filter.goal'), kind: 'select', value: current.goal,
      options: goalOptions('decl.filter.anyGoal') }),
    field(formId, { name: 'target', label: t('decl.filter.target'), kind: 'select', value: current.target,
      options: targetOptions(current.goal, 'decl.filter.anyTarget') }),
    field(formId, { name: 'organisationType', label: t('decl.filter.organisationType'), kind: 'select',
      value: current.organisationType, options: [{ value: '', label: t('decl.filter.anyType') },
        ...ORGANISATION_TYPES.map((type) => ({ value: type, label: t(`orgType.${type}`) }))] }),
    field(formId, { name: 'status', label: t('decl.filter.status'), kind: 'select', value: current.status,
      options: [{ value: '', label: t('decl.filter.anyStatus') },
        ...PUBLIC_STATUSES.map((status) => ({ value: status, label: t(`decl.status.${status}`) }))] }),
    h('button', { type: 'submit', id: 'decl-search' }, t('decl.filter.search')),
    h('button', { type: 'button', class: 'secondary', id: 'decl-clear', onclick: () => navigate('/declarations') },
      t('decl.filter.clear')));
  const goalSelect = form.elements.namedItem('goal');
  const targetSelect = form.elements.namedItem('target');
  goalSelect.addEventListener('change', () =>
    fillSelect(targetSelect, targetOptions(goalSelect.value, 'decl.filter.anyTarget'), ''));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = (name) => form.elements.namedItem(name).value.trim();
    navigate(`/declarations${query({ keyword: value('keyword'), goal: value('goal'), target: value('target'),
      organisationType: value('organisationType'), status: value('status') })}`);
  });

  const message = statusLine('decl-directory-status');
  const note = h('p', { class: 'notice', id: 'decl-note' });
  const body = h('div', { id: 'decl-directory' });
  container.append(h('h2', { tabindex: '-1' }, t('decl.directory.heading')),
    h('p', {}, t('decl.directory.intro')), form, note, message, body, openDataLinks());

  try {
    const found = await api(`/api/declarations/directory${query({ ...current, page, size: PAGE_SIZE })}`);
    if (!isCurrent()) {
      return;
    }
    note.textContent = found.note;
    setStatus(message, found.totalItems ? t('decl.directory.found', found.totalItems) : t('decl.directory.none'));
    body.replaceChildren(table({ id: 'decl-directory-table',
      columns: [t('decl.col.organisation'), t('decl.col.registrationNumber'), t('decl.col.type'),
        t('decl.col.goals'), t('decl.col.status'), t('decl.col.term')],
      items: found.items || [],
      rowAttributes: (entry) => ({ 'data-id': entry.id, 'data-status': entry.status }),
      cells: (entry) => [h('th', { scope: 'row' }, h('a', { href: `#/declarations/entry/${entry.id}` },
        entry.organisationName)), entry.registrationNumber || '', entry.organisationTypeLabel,
      goalChips(entry.commitments), [statusBadge(entry), flagText(entry) ? h('br') : null,
        flagText(entry) ? h('small', {}, flagText(entry)) : null], termText(entry)] }),
    pager(found, (next) => navigate(`/declarations${query({ ...current, page: next })}`)));
  } catch (error) {
    // A bad filter in a hand-edited address: the server's message next to the filter it concerns.
    showProblem(form, error, message);
  }
}

async function renderEntry(container, { params, isCurrent }) {
  const message = statusLine('decl-entry-status');
  const heading = h('h2', { tabindex: '-1' }, t('decl.entry.heading'));
  const body = h('div', {});
  container.append(heading, message, body);
  try {
    const entry = await api(`/api/declarations/directory/${encodeURIComponent(params.id)}`);
    if (!isCurrent()) {
      return;
    }
    heading.textContent = `${t('decl.entry.heading')}: ${entry.organisationName}`;
    body.replaceChildren(entryView(entry),
      ['REGISTERED', 'REPORT_OVERDUE'].includes(entry.status) ? complaintForm(entry.id) : null,
      h('p', {}, h('a', { href: '#/declarations', id: 'decl-back' }, t('decl.entry.back'))), openDataLinks());
  } catch (error) {
    setStatus(message, error.status === 404 ? t('common.notFound') : t('common.failed', error.message), true);
  }
}

route({ path: '/declarations', render: renderDirectory, menu: 'decl.nav.directory', group: 'decl', order: 20 });
route({ path: '/declarations/entry/:id', render: renderEntry, title: 'decl.entry.heading' });
