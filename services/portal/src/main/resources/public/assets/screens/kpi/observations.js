// KPI values between sheets: staff report a value for a period, the secretariat approves or rejects it; the history
// keeps every report and decision.

import { api, query } from '../../api.js';
import { clearErrors, field, h, setStatus, showProblem, statusLine, table } from '../../dom.js';
import { formatDateTime, t } from '../../i18n.js';
import { navigate, route } from '../../router.js';
import { hasAnyRole } from '../../session.js';
import { indicatorNarratives } from './dashboard.js';
import { badge, sheetValue } from './format.js';

/** The partnership metrics kpi can bind an indicator to (kpi's Metric enum). */
const METRICS = ['MEMBER_ORGANISATIONS'];

async function renderObservations(container, { query: params, isCurrent }) {
  const message = statusLine('obs-status');
  const chooser = h('form', { id: 'obs-choose', class: 'inline-form', onsubmit: (e) => e.preventDefault() });
  const work = h('div', { id: 'obs-work' });
  container.append(h('h2', { tabindex: '-1' }, t('obs.heading')), chooser, message, work);
  try {
    const plans = await api('/api/kpi/plans?size=100');
    if (!isCurrent()) {
      return;
    }
    if (!plans.items.length) {
      setStatus(message, t('dashboard.noPlans'));
      return;
    }
    const plan = params.get('plan') || plans.items[0].code;
    const indicators = await api(`/api/kpi/plans/${encodeURIComponent(plan)}/indicators`);
    if (!isCurrent()) {
      return;
    }
    const indicatorId = params.get('indicator') || '';
    chooser.append(
      field('obs-choose', { name: 'plan', label: t('obs.plan'), kind: 'select', value: plan,
        options: plans.items.map((p) => ({ value: p.code, label: `${p.name} (${p.code})` })) }),
      field('obs-choose', { name: 'indicator', label: t('obs.indicator'), kind: 'select', value: indicatorId,
        options: [{ value: '', label: t('obs.indicatorChoose') },
          ...indicators.map((i) => ({ value: i.id, label: `${i.no || i.row}. ${i.name}` }))] }));
    chooser.elements.namedItem('plan').addEventListener('change', (e) =>
      navigate(`/kpi/observations${query({ plan: e.target.value })}`));
    chooser.elements.namedItem('indicator').addEventListener('change', (e) =>
      navigate(`/kpi/observations${query({ plan, indicator: e.target.value })}`));
    const indicator = indicators.find((i) => i.id === indicatorId);
    if (indicator) {
      await showIndicator(plan, indicator);
    }
  } catch (error) {
    setStatus(message, t('common.failed', error.message), true);
  }

  async function showIndicator(plan, indicator) {
    const base = `/api/kpi/plans/${encodeURIComponent(plan)}/indicators/${indicator.id}/observations`;
    const history = h('div', { id: 'obs-history' });
    const parts = [h('p', {}, `${t('ind.latest')}: ${sheetValue(indicator.latest)} · ${t('ind.target')}: ${sheetValue(indicator.targetValue)}`),
      h('div', { id: 'obs-narratives' }, indicatorNarratives(indicator))];
    if (hasAnyRole(['STAFF', 'SECRETARIAT', 'ADMIN'])) {
      const report = h('form', { id: 'obs-form', novalidate: true },
        field('obs-form', { name: 'period', label: t('obs.period'), required: true }),
        field('obs-form', { name: 'value', label: t('obs.value'), required: true }),
        field('obs-form', { name: 'unit', label: t('obs.unit'), value: indicator.latest?.unit || indicator.targetValue?.unit || '' }),
        field('obs-form', { name: 'comment', label: t('obs.comment') }),
        h('button', { type: 'submit', id: 'obs-submit' }, t('obs.submit')));
      report.addEventListener('submit', async (event) => {
        event.preventDefault();
        clearErrors(report);
        const value = (name) => report.elements.namedItem(name).value.trim() || null;
        try {
          await api(base, { method: 'POST', body: { period: value('period'), value: value('value'), unit: value('unit'),
            comment: value('comment') } });
          report.reset();
          setStatus(message, t('obs.submitted'));
          await loadHistory();
        } catch (error) {
          showProblem(report, error, message);
        }
      });
      parts.push(report);
    }
    if (hasAnyRole(['SECRETARIAT', 'ADMIN'])) {
      parts.push(bindingForm(plan, indicator));
    }
    parts.push(h('h3', {}, t('obs.history')), history);
    work.replaceChildren(...parts);

    async function decide(observation, verb, body) {
      try {
        await api(`${base}/${observation.id}/${verb}`, { method: 'POST', body });
        setStatus(message, t('obs.decided'));
        await loadHistory();
      } catch (error) {
        setStatus(message, t('common.failed', error.message), true);
      }
    }

    async function loadHistory() {
      const entries = await api(base);
      const secretariat = hasAnyRole(['SECRETARIAT', 'ADMIN']);
      history.replaceChildren(table({ id: 'obs-table',
        columns: [t('ind.latest'), t('obs.state'), t('obs.submittedBy'), t('orgs.appliedAt'), t('obs.reason'),
          t('orgs.actions')],
        items: entries,
        rowAttributes: (o) => ({ 'data-id': o.id, 'data-state': o.state }),
        cells: (o) => [sheetValue(o.value), badge('obsState', o.state), o.submittedBy, formatDateTime(o.submittedAt),
          o.reason || o.comment || '',
          secretariat && o.state === 'PENDING' ? decisionControls(o) : ''] }));
      if (!entries.length) {
        history.append(h('p', {}, t('common.empty')));
      }
    }

    function decisionControls(observation) {
      const formId = `obs-reject-${observation.id}`;
      const reject = h('form', { id: formId, class: 'reject-form', novalidate: true },
        field(formId, { name: 'reason', label: t('obs.reason') }),
        h('button', { type: 'submit', class: 'secondary' }, t('obs.reject')));
      reject.addEventListener('submit', (event) => {
        event.preventDefault();
        decide(observation, 'reject', { reason: reject.reason.value });
      });
      return h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'approve', onclick: () => decide(observation, 'approve') }, t('obs.approve')),
        reject);
    }

    await loadHistory();
  }
}

/** The secretariat can make an indicator follow a partnership KPI instead of reported values. */
function bindingForm(plan, indicator) {
  const status = statusLine('binding-status');
  const form = h('form', { id: 'binding-form', class: 'inline-form', novalidate: true },
    field('binding-form', { name: 'metric', label: t('obs.binding'), kind: 'select', value: indicator.boundMetric || '',
      options: [{ value: '', label: t('obs.notBound') },
        ...METRICS.map((metric) => ({ value: metric, label: t(`metric.${metric}`) }))] }),
    h('button', { type: 'submit', class: 'secondary', id: 'binding-submit' }, t('obs.bind')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    try {
      await api(`/api/kpi/plans/${encodeURIComponent(plan)}/indicators/${indicator.id}/binding`, { method: 'PUT',
        body: { metric: form.elements.namedItem('metric').value || null } });
      setStatus(status, t('obs.bound'));
    } catch (error) {
      showProblem(form, error, status);
    }
  });
  return h('div', { class: 'card' }, form, status);
}

route({ path: '/kpi/observations', render: renderObservations, roles: ['STAFF', 'SECRETARIAT', 'ADMIN'],
  menu: 'nav.observations', group: 'kpi', order: 70 });
