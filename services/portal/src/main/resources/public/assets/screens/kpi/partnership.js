// The partnership KPIs of the dashboard besides the member organisations: issues, meetings, City Lab, the SDGs
// declaration registry and the fund, for one fiscal year, and the headline figures over the last fiscal years.
// Every count links to the events behind it (#/kpi/facts); a stock with no events of its own (active declarants)
// links to the public directory instead, and rates link to nothing because their parts are linked beside them.

import { query } from '../../api.js';
import { h, table } from '../../dom.js';
import { formatNumber, t } from '../../i18n.js';
import { yen } from '../fund/format.js';
import { percent } from './format.js';
import './texts.js';

/** The drill-down address of a figure: `metric` for the fiscal year, optionally cumulative or one dimension. */
export function factsHref(metric, fiscalYear, { cumulative, dimension } = {}) {
  return `#/kpi/facts${query({ metric, fiscalYear, cumulative: cumulative ? true : undefined, dimension })}`;
}

/**
 * One figure: `{ key, label, value, format, metric, cumulative, dimension, href }`. `format` is `number` (default),
 * `yen` or `percent`; a figure with `metric` or `href` is a link.
 */
function figureValue(section, figure, fiscalYear) {
  const text = figure.format === 'yen' ? yen(figure.value)
    : figure.format === 'percent' ? (figure.value === null || figure.value === undefined ? '—' : percent(figure.value))
      : formatNumber(figure.value);
  const id = `kpi-${section}-${figure.key}`;
  const href = figure.href || (figure.metric
    ? factsHref(figure.metric, fiscalYear, { cumulative: figure.cumulative, dimension: figure.dimension }) : null);
  return href ? h('a', { id, class: 'count-link', href }, text) : h('span', { id, class: 'number' }, text);
}

/** A card with a heading, an optional note and a two-column table (figure, value). */
function figureCard(section, fiscalYear, figures, note) {
  return h('section', { class: 'card kpi-card', id: `kpi-${section}`, 'aria-labelledby': `kpi-${section}-heading` },
    h('h3', { id: `kpi-${section}-heading` }, t(`kpi.section.${section}`)),
    note ? h('p', { class: 'hint' }, note) : null,
    table({ id: `kpi-${section}-table`, columns: [t('kpi.figure'), t('kpi.value')], items: figures,
      rowAttributes: (figure) => ({ class: figure.headline ? 'headline' : undefined }),
      cells: (figure) => [h('th', { scope: 'row' }, figure.label), figureValue(section, figure, fiscalYear)] }));
}

function issues(kpis) {
  const counts = kpis.issues || {};
  return [
    { key: 'raised', label: t('kpi.issues.raised'), value: counts.raised, metric: 'ISSUES_RAISED' },
    { key: 'from-meetings', label: t('kpi.issues.fromMeetings'), value: counts.raisedFromMeetings,
      metric: 'ISSUES_RAISED', dimension: 'MEETING' },
    { key: 'promoted', label: t('kpi.issues.promoted'), value: counts.promoted, metric: 'ISSUES_PROMOTED' },
  ];
}

/** Meetings per kind: a table of kinds with the meetings and their participants, each linking to its meetings. */
function meetingsCard(kpis, fiscalYear) {
  const meetings = kpis.meetings || { byKind: [] };
  const rows = [...(meetings.byKind || []),
    { kind: 'TOTAL', label: t('common.total'), meetings: meetings.meetings, participants: meetings.participants }];
  const link = (row, what, value) => h('a', { id: `kpi-meetings-${row.kind.toLowerCase()}-${what}`, class: 'count-link',
    href: factsHref('MEETINGS', fiscalYear, { dimension: row.kind === 'TOTAL' ? undefined : row.kind }) },
  formatNumber(value));
  return h('section', { class: 'card kpi-card', id: 'kpi-meetings', 'aria-labelledby': 'kpi-meetings-heading' },
    h('h3', { id: 'kpi-meetings-heading' }, t('kpi.section.meetings')),
    table({ id: 'kpi-meetings-table', columns: [t('kpi.meetings.kind'), t('kpi.meetings.held'),
      t('kpi.meetings.participants')], items: rows,
    rowAttributes: (row) => ({ 'data-kind': row.kind, class: row.kind === 'TOTAL' ? 'total' : undefined }),
    cells: (row) => [h('th', { scope: 'row' }, row.label || row.kind), link(row, 'held', row.meetings),
      link(row, 'participants', row.participants)] }));
}

function cityLab(kpis) {
  const lab = kpis.cityLab || {};
  const projects = lab.newCollaborationProjects || {};
  const proposals = lab.proposals || {};
  const experiments = lab.fieldExperiments || {};
  const invitations = lab.invitations || {};
  return [
    { key: 'new-projects', label: t('kpi.citylab.newProjects'), value: projects.inYear, metric: 'PROJECTS_STARTED',
      headline: true },
    { key: 'from-challenges', label: t('kpi.citylab.fromChallenges'), value: projects.fromChallenges,
      metric: 'PROJECTS_STARTED', dimension: 'CHALLENGE' },
    { key: 'from-experiments', label: t('kpi.citylab.fromExperiments'), value: projects.fromFieldExperiments,
      metric: 'PROJECTS_STARTED', dimension: 'FIELD_EXPERIMENT' },
    { key: 'projects-cumulative', label: t('kpi.citylab.projectsCumulative'), value: projects.cumulative,
      metric: 'PROJECTS_STARTED', cumulative: true },
    { key: 'challenges', label: t('kpi.citylab.challenges'), value: lab.challengesPublished,
      metric: 'CHALLENGES_PUBLISHED' },
    { key: 'proposals', label: t('kpi.citylab.proposals'), value: proposals.received, metric: 'PROPOSALS_RECEIVED' },
    { key: 'adopted', label: t('kpi.citylab.adopted'), value: proposals.adopted, metric: 'PROPOSALS_ADOPTED' },
    { key: 'declined', label: t('kpi.citylab.declined'), value: proposals.declined, metric: 'PROPOSALS_DECLINED' },
    { key: 'adoption-rate', label: t('kpi.citylab.adoptionRate'), value: proposals.adoptionRatePercent,
      format: 'percent' },
    { key: 'experiments', label: t('kpi.citylab.experiments'), value: experiments.proposed,
      metric: 'EXPERIMENTS_PROPOSED' },
    { key: 'experiments-agreed', label: t('kpi.citylab.experimentsAgreed'), value: experiments.agreed,
      metric: 'EXPERIMENTS_AGREED' },
    { key: 'invitations', label: t('kpi.citylab.invitations'), value: invitations.sent, metric: 'INVITATIONS_SENT' },
    { key: 'converted', label: t('kpi.citylab.converted'), value: invitations.converted,
      metric: 'INVITATIONS_CONVERTED' },
    { key: 'conversion-rate', label: t('kpi.citylab.conversionRate'), value: invitations.conversionRatePercent,
      format: 'percent' },
    { key: 'completed', label: t('kpi.citylab.completed'), value: lab.projectsCompleted, metric: 'PROJECTS_COMPLETED' },
  ];
}

function declarations(kpis) {
  const registry = kpis.declarations || {};
  return [
    { key: 'active', label: t('kpi.decl.active'), value: registry.activeDeclarants, href: '#/declarations',
      headline: true },
    { key: 'registered', label: t('kpi.decl.registered'), value: registry.registeredInYear,
      metric: 'DECLARATIONS_REGISTERED' },
    { key: 'lapsed', label: t('kpi.decl.lapsed'), value: registry.lapsedInYear, metric: 'DECLARATIONS_LAPSED' },
    { key: 'reports-on-time', label: t('kpi.decl.reportsOnTime'), value: registry.reportsOnTime,
      metric: 'DECLARATION_REPORTS', dimension: 'ON_TIME' },
    { key: 'reports-late', label: t('kpi.decl.reportsLate'), value: registry.reportsLate,
      metric: 'DECLARATION_REPORTS', dimension: 'LATE' },
  ];
}

/** Active declarants per SDG: a bar per goal, the count linking to the directory filtered by that goal. */
function goalBars(kpis) {
  const goals = (kpis.declarations && kpis.declarations.activeByGoal) || [];
  const most = Math.max(1, ...goals.map((goal) => goal.active));
  return h('div', { class: 'table-wrap' }, h('table', { id: 'kpi-declarations-goals', class: 'goal-bars' },
    h('caption', {}, t('kpi.decl.byGoal')),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('kpi.decl.goal')), h('th', { scope: 'col' }, t('kpi.value')))),
    h('tbody', {}, goals.map((goal) => h('tr', { 'data-goal': goal.goal },
      h('th', { scope: 'row' }, `${goal.goal}. ${goal.label}`),
      h('td', {}, h('span', { class: `goal-bar goal-${goal.goal}`, style: `width: ${(goal.active / most) * 8}rem`,
        'aria-hidden': 'true' }),
      h('a', { id: `kpi-declarations-goal-${goal.goal}`, class: 'count-link',
        href: `#/declarations${query({ goal: goal.goal })}` }, formatNumber(goal.active))))))));
}

function fund(kpis) {
  const money = kpis.fund || {};
  const pledged = money.pledgedYen || {};
  const received = money.receivedYen || {};
  const cumulative = money.cumulative || {};
  return [
    { key: 'pledged', label: t('kpi.fund.pledged'), value: pledged.total, format: 'yen', metric: 'FUND_PLEDGED' },
    { key: 'pledged-city', label: t('kpi.fund.ofCity'), value: pledged.city, format: 'yen', metric: 'FUND_PLEDGED',
      dimension: 'CITY' },
    { key: 'pledged-investors', label: t('kpi.fund.ofInvestors'), value: pledged.investors, format: 'yen',
      metric: 'FUND_PLEDGED', dimension: 'INVESTOR' },
    { key: 'received', label: t('kpi.fund.received'), value: received.total, format: 'yen', metric: 'FUND_RECEIVED' },
    { key: 'received-city', label: t('kpi.fund.ofCity'), value: received.city, format: 'yen',
      metric: 'FUND_RECEIVED', dimension: 'CITY' },
    { key: 'received-investors', label: t('kpi.fund.ofInvestors'), value: received.investors, format: 'yen',
      metric: 'FUND_RECEIVED', dimension: 'INVESTOR' },
    { key: 'applications', label: t('kpi.fund.applications'), value: money.applications,
      metric: 'FUND_APPLICATIONS' },
    { key: 'awards', label: t('kpi.fund.awards'), value: money.awards, metric: 'FUND_AWARDS', headline: true },
    { key: 'awarded', label: t('kpi.fund.awarded'), value: money.awardedYen, format: 'yen', metric: 'FUND_AWARDS' },
    { key: 'paid', label: t('kpi.fund.paid'), value: money.paidYen, format: 'yen', metric: 'FUND_PAID' },
    { key: 'available', label: t('kpi.fund.available'), value: cumulative.availableYen, format: 'yen' },
    { key: 'received-cumulative', label: t('kpi.fund.receivedCumulative'), value: cumulative.receivedYen,
      format: 'yen', metric: 'FUND_RECEIVED', cumulative: true },
    { key: 'awarded-cumulative', label: t('kpi.fund.awardedCumulative'), value: cumulative.awardedYen,
      format: 'yen', metric: 'FUND_AWARDS', cumulative: true },
    { key: 'paid-cumulative', label: t('kpi.fund.paidCumulative'), value: cumulative.paidYen, format: 'yen',
      metric: 'FUND_PAID', cumulative: true },
  ];
}

/** The cards of one fiscal year's answer of `/api/kpi/partnership`, after the member organisations. */
export function partnershipCards(kpis, fiscalYear) {
  const declarationsCard = figureCard('declarations', fiscalYear, declarations(kpis), t('kpi.decl.note'));
  declarationsCard.append(goalBars(kpis));
  return [
    figureCard('citylab', fiscalYear, cityLab(kpis), t('kpi.citylab.note')),
    figureCard('issues', fiscalYear, issues(kpis)),
    meetingsCard(kpis, fiscalYear),
    declarationsCard,
    figureCard('fund', fiscalYear, fund(kpis), t('kpi.fund.note')),
  ];
}

/** The headline figures of several fiscal years side by side (newest first), each linking to its drill-down. */
export function yearsTable(answers) {
  const rows = [
    { key: 'members', label: t('kpi.years.members'), metric: 'MEMBER_ORGANISATIONS',
      value: (k) => k.memberOrganisations && k.memberOrganisations.inYear },
    { key: 'issues', label: t('kpi.issues.raised'), metric: 'ISSUES_RAISED', value: (k) => k.issues && k.issues.raised },
    { key: 'meetings', label: t('kpi.years.meetings'), metric: 'MEETINGS', value: (k) => k.meetings && k.meetings.meetings },
    { key: 'new-projects', label: t('kpi.citylab.newProjects'), metric: 'PROJECTS_STARTED',
      value: (k) => k.cityLab && k.cityLab.newCollaborationProjects && k.cityLab.newCollaborationProjects.inYear },
    { key: 'proposals', label: t('kpi.citylab.proposals'), metric: 'PROPOSALS_RECEIVED',
      value: (k) => k.cityLab && k.cityLab.proposals && k.cityLab.proposals.received },
    { key: 'registered', label: t('kpi.decl.registered'), metric: 'DECLARATIONS_REGISTERED',
      value: (k) => k.declarations && k.declarations.registeredInYear },
    { key: 'awards', label: t('kpi.fund.awards'), metric: 'FUND_AWARDS', value: (k) => k.fund && k.fund.awards },
  ];
  return h('section', { class: 'card', id: 'kpi-years', 'aria-labelledby': 'kpi-years-heading' },
    h('h3', { id: 'kpi-years-heading' }, t('kpi.section.years')),
    table({ id: 'kpi-years-table', columns: [t('kpi.figure'),
      ...answers.map((answer) => t('dashboard.fiscalYearOption', answer.fiscalYear))], items: rows,
    rowAttributes: (row) => ({ 'data-figure': row.key }),
    cells: (row) => [h('th', { scope: 'row' }, row.label), ...answers.map((answer) => h('a', {
      id: `kpi-years-${row.key}-${answer.fiscalYear}`, class: 'count-link',
      href: factsHref(row.metric, answer.fiscalYear) }, formatNumber(row.value(answer))))] }));
}
