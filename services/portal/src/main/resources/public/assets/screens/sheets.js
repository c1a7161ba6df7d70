// Staff paste an evaluation sheet (様式1) table copied from Excel: choose or create the plan, paste, and see how
// every row was read, the achievement rate recomputed and checked against the sheet's, and the achievement chart.

import { api } from '../api.js';
import { achievementBars } from '../charts.js';
import { clearErrors, field, h, setStatus, showProblem, statusLine } from '../dom.js';
import { t } from '../i18n.js';
import { route } from '../router.js';
import { indicatorTable } from './dashboard.js';
import { chartItems } from './kpi-format.js';

const TSV = 'text/tab-separated-values';

async function renderSheets(container, { isCurrent }) {
  const planStatus = statusLine('plan-status');
  const planForm = h('form', { id: 'plan-form', novalidate: true });
  const newPlan = h('form', { id: 'new-plan-form', novalidate: true },
    h('fieldset', {}, h('legend', {}, t('sheets.newPlan')),
      field('new-plan-form', { name: 'code', label: t('sheets.planCode'), required: true }),
      field('new-plan-form', { name: 'name', label: t('sheets.planName'), required: true }),
      h('button', { type: 'submit', id: 'create-plan', class: 'secondary' }, t('sheets.createPlan'))));
  const sheetStatus = statusLine('sheet-status');
  const sheetForm = h('form', { id: 'sheet-form', novalidate: true },
    field('sheet-form', { name: 'sheet', label: t('sheets.paste'), kind: 'textarea', rows: 10, required: true,
      hint: t('sheets.intro') }),
    h('button', { type: 'submit', id: 'sheet-submit' }, t('sheets.submit')));
  const results = h('section', { id: 'sheet-results', 'aria-labelledby': 'results-heading', hidden: true },
    h('h3', { id: 'results-heading' }, t('sheets.chart')));
  const resultBody = h('div');
  results.append(resultBody);
  container.append(h('h2', { tabindex: '-1' }, t('sheets.heading')),
    h('div', { class: 'two-columns' }, h('div', { class: 'card' }, planForm, planStatus), h('div', { class: 'card' }, newPlan)),
    sheetForm, sheetStatus, results);

  async function loadPlans(selected) {
    try {
      const page = await api('/api/kpi/plans?size=100');
      if (!isCurrent()) {
        return;
      }
      planForm.replaceChildren(field('plan-form', { name: 'plan', label: t('sheets.plan'), kind: 'select',
        required: true, value: selected || (page.items[0] && page.items[0].code) || '',
        options: [{ value: '', label: t('sheets.planChoose') },
          ...page.items.map((plan) => ({ value: plan.code, label: `${plan.name} (${plan.code})` }))] }));
    } catch (error) {
      setStatus(planStatus, t('common.failed', error.message), true);
    }
  }

  newPlan.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(newPlan);
    const value = (name) => newPlan.elements.namedItem(name).value.trim();
    try {
      const plan = await api('/api/kpi/plans', { method: 'POST', body: { code: value('code'), name: value('name') } });
      newPlan.reset();
      await loadPlans(plan.code);
      setStatus(planStatus, t('sheets.planCreated', plan.name));
    } catch (error) {
      showProblem(newPlan, error, planStatus);
    }
  });

  sheetForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(sheetForm);
    const plan = planForm.elements.namedItem('plan');
    if (!plan || !plan.value) {
      setStatus(sheetStatus, t('sheets.choosePlanFirst'), true);
      return;
    }
    setStatus(sheetStatus, t('common.loading'));
    try {
      const answer = await api(`/api/kpi/plans/${encodeURIComponent(plan.value)}/sheets`, { method: 'POST',
        contentType: TSV, body: sheetForm.sheet.value });
      resultBody.replaceChildren(achievementBars(chartItems(answer.rows), { id: 'sheet-chart' }),
        indicatorTable('sheet-rows', answer.rows));
      results.hidden = false;
      setStatus(sheetStatus, t('sheets.imported', answer.rows.length));
    } catch (error) {
      showProblem(sheetForm, error, sheetStatus);
    }
  });

  await loadPlans();
}

route({ path: '/staff/sheets', render: renderSheets, roles: ['STAFF', 'SECRETARIAT', 'ADMIN'], menu: 'nav.sheets', group: 'kpi',
  order: 60 });
