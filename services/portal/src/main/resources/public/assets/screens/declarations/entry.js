// A declaration as the public sees it: the directory's entry page, the member's preview and the secretariat's review
// all draw it with this one function, so the preview is exactly what will be published.

import { h } from '../../dom.js';
import { formatDateTime, lang, t } from '../../i18n.js';
import { sdgGoal } from './sdg.js';
import './texts.js';

/** The status as a badge; the server's label when it sent one (in the chosen language), else ours. */
export function statusBadge(entry) {
  return h('span', { class: `badge decl-badge-${String(entry.status).toLowerCase()}`, 'data-status': entry.status },
    entry.statusLabel || t(`decl.status.${entry.status}`));
}

/** Goals as small numbered chips with the goal's name for screen readers and as a tooltip. */
export function goalChips(commitments) {
  const goals = [...new Set((commitments || []).map((c) => c.goal))].sort((a, b) => a - b);
  return h('span', { class: 'decl-goals' }, goals.map((goal) => {
    const entry = sdgGoal(goal);
    const name = entry ? entry[lang()] || entry.ja : '';
    return h('span', { class: `decl-goal decl-goal-${goal}`, title: name, 'aria-label': t('decl.goalOption', goal, name) },
      String(goal));
  }));
}

export function termText(entry) {
  return entry.termStartFiscalYear ? t('decl.term', entry.termStartFiscalYear, entry.termEndFiscalYear) : '';
}

/** Overdue, lapsed and revoked entries stay listed, flagged: the flag in words. */
export function flagText(entry) {
  if (entry.status === 'REVOKED') {
    return t('decl.entry.revoked', entry.publicReason || '');
  }
  if (entry.status === 'LAPSED' && entry.lapseReason) {
    return t(`decl.lapse.${entry.lapseReason}`);
  }
  if (entry.status === 'REPORT_OVERDUE') {
    return t('decl.entry.overdue');
  }
  return '';
}

/** The whole entry: organisation, number, status and flag, representative, vision, commitments, latest report. */
export function entryView(entry, id = 'decl-entry') {
  const flag = flagText(entry);
  return h('article', { id, class: 'decl-entry', 'data-id': entry.id, 'data-status': entry.status },
    h('header', {},
      h('h3', { class: 'decl-org' }, entry.organisationName),
      h('p', { class: 'decl-meta' },
        entry.registrationNumber ? h('span', { class: 'decl-number', id: `${id}-number` }, entry.registrationNumber)
          : null,
        ' ', statusBadge(entry), ' ', entry.organisationTypeLabel || '',
        termText(entry) ? ` · ${t('decl.col.term')}: ${termText(entry)}` : '',
        entry.registeredAt ? ` · ${t('decl.entry.registeredAt')}: ${formatDateTime(entry.registeredAt)}` : '')),
    flag ? h('p', { class: 'notice decl-flag', role: 'note' }, flag) : null,
    h('p', {}, h('strong', {}, `${t('decl.entry.representative')}: `),
      [entry.representativeTitle, entry.representativeName].filter(Boolean).join(' ')),
    h('h4', {}, t('decl.entry.vision')),
    h('p', { class: 'decl-vision' }, entry.vision),
    h('h4', {}, t('decl.entry.commitments')),
    commitmentsTable(entry.commitments || [], `${id}-commitments`),
    h('p', { class: 'hint' }, entry.latestReport
      ? t('decl.entry.latestReport', entry.latestReport.fiscalYear, entry.latestReport.onTime)
      : t('decl.entry.noReport')));
}

function commitmentsTable(commitments, id) {
  const wrap = h('div', { class: 'table-wrap' });
  wrap.append(h('table', { id },
    h('thead', {}, h('tr', {}, [t('decl.c.target'), t('decl.c.side'), t('decl.c.action'), t('decl.c.indicator'),
      t('decl.c.baseline'), t('decl.c.targetValue'), t('decl.c.latest')].map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, commitments.map((c) => h('tr', { 'data-target': c.target },
      h('th', { scope: 'row' }, t('decl.c.goalTarget', c.target, c.goal, c.goalName || '')),
      h('td', {}, c.side ? c.side.label : ''),
      h('td', {}, c.action),
      h('td', {}, c.indicator),
      h('td', {}, c.baseline),
      h('td', {}, `${c.targetValue} (${c.targetYear})`),
      h('td', {}, [c.latestValue, c.latestComment].filter(Boolean).join(' — ')))))));
  return wrap;
}

