// The public home: partnership KPIs per fiscal year (members, City Lab, issues, meetings, declarations, the fund;
// each number opens its drill-down), the headline figures over recent years, and each plan's indicators with
// achievement bars and the 100% line.

import { api, query } from '../../api.js';
import { achievementBars, trendChart } from '../../charts.js';
import { field, h, pager, setStatus, statusLine, table } from '../../dom.js';
import { formatDateTime, formatNumber, t } from '../../i18n.js';
import { navigate, route } from '../../router.js';
import { factsHref, partnershipCards, yearsTable } from './partnership.js';
import './texts.js';
import { badge, chartItems, currentFiscalYear, label, percent, sheetValue } from './format.js';

const MEMBERS = 'MEMBER_ORGANISATIONS';
const YEARS_SIDE_BY_SIDE = 5;

function factsLink(id, value, { fiscalYear, cumulative, dimension }) {
  return h('a', { id, class: 'count-link', href: factsHref(MEMBERS, fiscalYear, { cumulative, dimension }) },
    formatNumber(value));
}

async function renderDashboard(container, { query: params, isCurrent }) {
  const thisYear = currentFiscalYear();
  const fiscalYear = Number(params.get('fiscalYear')) || thisYear;
  const years = Array.from({ length: 6 }, (_, index) => thisYear - index);
  if (!years.includes(fiscalYear)) {
    years.push(fiscalYear);
  }
  const yearForm = h('form', { id: 'year-form', class: 'inline-form', onsubmit: (event) => event.preventDefault() },
    field('year-form', { name: 'fiscalYear', label: t('dashboard.fiscalYear'), kind: 'select', value: String(fiscalYear),
      options: years.map((year) => ({ value: String(year), label: t('dashboard.fiscalYearOption', year) })) }),
    h('button', { type: 'button', id: 'kpi-reload', onclick: () => Promise.all([loadMembers(), loadYears()]) }, t('common.reload')));
  yearForm.fiscalYear.addEventListener('change', () => navigate(`/${query({ fiscalYear: yearForm.fiscalYear.value })}`));

  const members = h('section', { 'aria-labelledby': 'members-heading', class: 'card' },
    h('h3', { id: 'members-heading' }, t('dashboard.members')),
    h('p', { class: 'hint' }, t('dashboard.drillHint')));
  const membersBody = h('div', { id: 'members' });
  const membersStatus = statusLine('kpi-status');
  members.append(membersBody, membersStatus);
  const partnership = h('div', { id: 'partnership', class: 'kpi-grid' });
  const yearsBody = h('div', { id: 'partnership-years' });

  const plans = h('section', { 'aria-labelledby': 'plans-heading', class: 'card' },
    h('h3', { id: 'plans-heading' }, t('dashboard.plans')));
  const plansBody = h('div', { id: 'plan-kpis' });
  const plansStatus = statusLine('plans-status');
  plans.append(plansBody, plansStatus);

  container.append(h('h2', { tabindex: '-1' }, t('dashboard.heading')), yearForm, members, partnership, yearsBody, plans);

  async function loadMembers() {
    setStatus(membersStatus, t('common.loading'));
    try {
      const kpis = await api(`/api/kpi/partnership${query({ fiscalYear })}`);
      if (!isCurrent()) {
        return;
      }
      const counts = kpis.memberOrganisations;
      const rows = (counts.byType || []).map((row) => ({ ...row, th: row.label || label('orgType', row.type) }));
      membersBody.replaceChildren(h('p', { id: 'kpi-period' }, kpis.label),
        table({ id: 'kpi-table', columns: [t('dashboard.type'), t('dashboard.inYear'), t('dashboard.cumulative')],
          items: [...rows, { type: 'TOTAL', th: t('common.total'), inYear: counts.inYear, cumulative: counts.cumulative }],
          rowAttributes: (row) => ({ 'data-type': row.type, class: row.type === 'TOTAL' ? 'total' : undefined }),
          cells: (row) => {
            const dimension = row.type === 'TOTAL' ? undefined : row.type;
            const key = row.type.toLowerCase();
            return [h('th', { scope: 'row' }, row.th),
              factsLink(`members-${key}-in-year`, row.inYear, { fiscalYear, cumulative: false, dimension }),
              factsLink(`members-${key}-cumulative`, row.cumulative, { fiscalYear, cumulative: true, dimension })];
          } }));
      partnership.replaceChildren(...partnershipCards(kpis, fiscalYear));
      setStatus(membersStatus, '');
    } catch (error) {
      setStatus(membersStatus, t('common.failed', error.message), true);
    }
  }

  /** The selected year and the years before it, side by side; a year the service refuses is left out. */
  async function loadYears() {
    const wanted = Array.from({ length: YEARS_SIDE_BY_SIDE }, (_, index) => fiscalYear - index);
    const answers = await Promise.all(wanted.map((year) =>
      api(`/api/kpi/partnership${query({ fiscalYear: year })}`).catch(() => null)));
    if (!isCurrent()) {
      return;
    }
    const known = answers.filter(Boolean);
    yearsBody.replaceChildren(known.length ? yearsTable(known) : '');
  }

  async function loadPlans() {
    setStatus(plansStatus, t('common.loading'));
    try {
      const page = await api('/api/kpi/plans?size=100');
      if (!isCurrent()) {
        return;
      }
      const plans = page.items || []; // the service leaves an empty list out
      if (!plans.length) {
        plansBody.replaceChildren();
        setStatus(plansStatus, t('dashboard.noPlans'));
        return;
      }
      const chosen = params.get('plan') || plans[0].code;
      const choose = field('plan-form', { name: 'plan', label: t('dashboard.plan'), kind: 'select', value: chosen,
        options: plans.map((plan) => ({ value: plan.code, label: `${plan.name} (${plan.code})` })) });
      choose.querySelector('select').addEventListener('change', (event) =>
        navigate(`/${query({ fiscalYear: params.get('fiscalYear'), plan: event.target.value })}`));
      const [indicators, plan] = await Promise.all([
        api(`/api/kpi/plans/${encodeURIComponent(chosen)}/indicators`),
        api(`/api/kpi/plans/${encodeURIComponent(chosen)}`)]);
      if (!isCurrent()) {
        return;
      }
      const sheet = `/api/kpi/plans/${encodeURIComponent(chosen)}/sheet`;
      plansBody.replaceChildren(...[h('form', { class: 'inline-form', onsubmit: (e) => e.preventDefault() }, choose),
        h('p', { class: 'downloads' }, t('dashboard.download'), ' ',
          h('a', { href: `${sheet}.csv`, download: `${chosen}.csv`, id: 'download-csv' }, 'CSV'), ' · ',
          h('a', { href: `${sheet}.tsv`, download: `${chosen}.tsv`, id: 'download-tsv' }, 'TSV')),
        achievementBars(chartItems(indicators), { id: 'plan-chart' }),
        indicatorTable('plan-indicators', indicators),
        sheetSections('plan-sections', plan.tables || []),
        trends(indicators)].filter(Boolean));
      setStatus(plansStatus, '');
    } catch (error) {
      setStatus(plansStatus, t('common.failed', error.message), true);
    }
  }

  await Promise.all([loadMembers(), loadYears(), loadPlans()]);
}

/** Small trend charts, one per indicator with numeric values, each titled with the indicator's name. */
function trends(indicators) {
  const charts = indicators.map((indicator) => ({ indicator,
    chart: trendChart(indicator, { id: `trend-${indicator.position || indicator.row}` }) }))
    .filter((entry) => entry.chart);
  if (!charts.length) {
    return null;
  }
  return h('section', { id: 'plan-trends', 'aria-labelledby': 'trends-heading' },
    h('h4', { id: 'trends-heading' }, t('chart.trends')),
    h('div', { class: 'trend-grid' }, charts.map(({ indicator, chart }) =>
      h('figure', { class: 'trend' }, chart, h('figcaption', {}, `${indicator.no || indicator.row}. ${indicator.name}`)))));
}

/**
 * The indicators of a plan as a table (also the accessible twin of the chart). The name cell carries what the sheet
 * says around the figures: a repeated row's mark, the initiative, and the narrative columns (分野, 取組内容,
 * 進捗状況や課題等, the group heading).
 */
export function indicatorTable(id, indicators) {
  return table({ id, caption: t('sheets.results'),
    columns: [t('ind.row'), t('ind.name'), t('ind.baseline'), t('ind.latest'), t('ind.target'), t('ind.computed'),
      t('ind.reported'), t('ind.check'), t('ind.status'), t('ind.notes')],
    items: indicators,
    rowAttributes: (indicator) => ({ 'data-row': indicator.row, 'data-check': indicator.check,
      'data-repeat-of': indicator.repeatOf, class: indicator.repeatOf ? 'repeat' : undefined }),
    cells: (indicator) => [indicator.no || indicator.row, h('th', { scope: 'row' }, indicator.name,
      indicator.repeatOf ? [' ', h('span', { class: 'badge badge-repeat' }, t('sheets.repeatOf', indicator.repeatOf))]
        : null,
      indicator.direction === 'LOWER_IS_BETTER' ? [' ', h('span', { class: 'badge' }, label('direction', indicator.direction))]
        : null,
      indicatorNarratives(indicator)),
      sheetValue(indicator.baseline), sheetValue(indicator.latest), sheetValue(indicator.targetValue),
      h('span', { class: 'number' }, percent(indicator.computedAchievement)),
      h('span', { class: 'number' }, percent(indicator.reportedAchievement)),
      badge('check', indicator.check), badge('progress', indicator.status),
      indicator.notes && indicator.notes.length ? h('ul', { class: 'notes' }, indicator.notes.map((n) => h('li', {}, n)))
        : ''] });
}

/** The words a sheet wrote beside an indicator (取組名, 分野, 取組内容, 進捗状況や課題等, its group), as a description list. */
export function indicatorNarratives(indicator) {
  const items = [...(indicator.initiative ? [{ column: 'INITIATIVE', header: '', text: indicator.initiative }] : []),
    ...(indicator.narratives || [])];
  if (!items.length) {
    return null;
  }
  return h('dl', { class: 'narratives' }, items.map((item) => [
    h('dt', { 'data-column': item.column }, item.header || label('column', item.column)),
    h('dd', {}, item.text.split('\n').map((line, i) => (i ? [h('br'), line] : line)))]));
}

/** Free-text sections of a plan's or a paste's tables (有識者からの評価, ヒアリング要旨, ...). */
export function sheetSections(id, tables) {
  const sections = tables.flatMap((table) => table.sections || []);
  if (!sections.length) {
    return null;
  }
  return h('section', { id, 'aria-labelledby': `${id}-heading` },
    h('h4', { id: `${id}-heading` }, t('sheets.sections')),
    sections.map((section) => h('article', { class: 'sheet-section' }, h('h5', {}, section.title),
      section.text.split('\n').filter((line) => line).map((line) => h('p', {}, line)))));
}

/** A fact's dimension in words: organisation types for members, otherwise the programme's own breakdown. */
function dimensionLabel(metric, dimension) {
  if (!dimension || dimension === 'ALL') {
    return '';
  }
  return metric === MEMBERS ? label('orgType', dimension) : label('dimension', dimension);
}

/** Screens that show one record of a figure, by metric; records without a public screen show their id only. */
const SUBJECT_PAGES = [
  [(metric) => metric === MEMBERS, (id) => `#/organisations/${id}/profile`],
  [(metric) => metric === 'CHALLENGES_PUBLISHED', (id) => `#/citylab/challenges/${id}`],
  [(metric) => metric === 'MEETINGS', (id) => `#/meetings/${id}`],
  [(metric) => metric.startsWith('ISSUES_'), (id) => `#/issues/${id}`],
  [(metric) => metric.startsWith('DECLARATION'), (id) => `#/declarations/entry/${id}`],
];

/** The organisation an event is about, linked to its public profile; empty when the event names none. */
function organisation(id) {
  return id ? h('a', { href: `#/organisations/${encodeURIComponent(id)}/profile`, title: t('facts.open') },
    h('code', {}, id)) : '';
}

function subject(metric, id) {
  const page = SUBJECT_PAGES.find(([matches]) => matches(metric));
  const code = h('code', {}, id);
  return page ? h('a', { href: page[1](encodeURIComponent(id)), title: t('facts.open') }, code) : code;
}

async function renderFacts(container, { query: params, isCurrent }) {
  const metric = params.get('metric') || MEMBERS;
  const fiscalYear = params.get('fiscalYear') || String(currentFiscalYear());
  const cumulative = params.get('cumulative') === 'true';
  const dimension = params.get('dimension') || undefined;
  const organisationId = params.get('organisationId') || undefined;
  const page = Number(params.get('page')) || 0;
  const statusText = statusLine('facts-status');
  const body = h('div', { id: 'facts' });
  container.append(h('h2', { tabindex: '-1' }, t('facts.heading')),
    h('p', { id: 'facts-summary' }, t('facts.summary', label('metric', metric), fiscalYear, cumulative,
      dimensionLabel(metric, dimension))),
    body, statusText,
    h('p', {}, h('a', { href: `#/${query({ fiscalYear })}` }, t('common.backHome'))));
  setStatus(statusText, t('common.loading'));
  try {
    const facts = await api(`/api/kpi/partnership/facts${query({ metric, fiscalYear, cumulative, dimension,
      organisationId, page, size: 20 })}`);
    if (!isCurrent()) {
      return;
    }
    body.replaceChildren(table({ id: 'facts-table',
      columns: [t('facts.occurredAt'), t('facts.eventType'), t('facts.dimension'), t('facts.aggregateId'),
        t('facts.organisation')],
      items: facts.items || [],
      cells: (fact) => [formatDateTime(fact.occurredAt), h('span', { title: fact.eventType }, label('event', fact.eventType)),
        dimensionLabel(metric, fact.dimension), subject(metric, fact.aggregateId), organisation(fact.organisationId)] }),
    pager(facts, (next) => navigate(`/kpi/facts${query({ metric, fiscalYear, cumulative, dimension, organisationId,
      page: next })}`)));
    setStatus(statusText, (facts.items || []).length ? '' : t('common.empty'));
  } catch (error) {
    setStatus(statusText, t('common.failed', error.message), true);
  }
}

route({ path: '/', render: renderDashboard, menu: 'nav.home', order: 10 });
route({ path: '/kpi/facts', render: renderFacts, title: 'facts.heading' });
