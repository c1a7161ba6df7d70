// Staff paste an evaluation sheet (様式1, a hearing sheet, a plan's KPI table) copied from Excel: choose or create the
// plan (with its convention for 達成度), paste, check how each header was recognised before importing, and see how
// every row was read, repeated rows marked, the achievement rate recomputed and checked against the sheet's, the
// sheet's free-text sections, and the achievement chart.

import { api } from '../../api.js';
import { achievementBars } from '../../charts.js';
import { clearErrors, field, h, setStatus, showProblem, statusLine } from '../../dom.js';
import { t } from '../../i18n.js';
import { route } from '../../router.js';
import { indicatorTable, sheetSections } from './dashboard.js';
import { chartItems, label } from './format.js';
import './texts.js';

const TSV = 'text/tab-separated-values';
const CONVENTIONS = ['PROGRESS', 'CURRENT_OVER_TARGET', 'PRO_RATED'];

/** Each table's header cells and the column each was recognised as. */
function recognisedColumns(tables) {
  return h('section', { id: 'sheet-columns', 'aria-labelledby': 'sheet-columns-heading' },
    h('h3', { id: 'sheet-columns-heading' }, t('sheets.columns')),
    tables.map((table) => h('div', { class: 'sheet-table', 'data-table': table.table },
      tables.length > 1 ? h('h4', {}, t('sheets.table', table.table + 1)) : null,
      h('ul', { class: 'columns' }, table.columns.map((column) =>
        h('li', { 'data-column': column.column, 'data-index': column.index },
          h('span', { class: 'header' }, column.header), ' → ', label('column', column.column)))))));
}

async function renderSheets(container, { isCurrent }) {
  const planStatus = statusLine('plan-status');
  const planForm = h('form', { id: 'plan-form', novalidate: true });
  const newPlan = h('form', { id: 'new-plan-form', novalidate: true },
    h('fieldset', {}, h('legend', {}, t('sheets.newPlan')),
      field('new-plan-form', { name: 'code', label: t('sheets.planCode'), required: true }),
      field('new-plan-form', { name: 'name', label: t('sheets.planName'), required: true }),
      field('new-plan-form', { name: 'achievementConvention', label: t('sheets.convention'), kind: 'select',
        value: 'PROGRESS', options: CONVENTIONS.map((value) => ({ value, label: label('convention', value) })) }),
      h('button', { type: 'submit', id: 'create-plan', class: 'secondary' }, t('sheets.createPlan'))));
  const sheetStatus = statusLine('sheet-status');
  const sheetForm = h('form', { id: 'sheet-form', novalidate: true },
    field('sheet-form', { name: 'sheet', label: t('sheets.paste'), kind: 'textarea', rows: 10, required: true,
      hint: t('sheets.intro') }),
    h('div', { class: 'buttons' },
      h('button', { type: 'button', id: 'sheet-preview', class: 'secondary' }, t('sheets.preview')),
      h('button', { type: 'submit', id: 'sheet-submit' }, t('sheets.submit'))));
  const columns = h('div', { id: 'sheet-columns-slot' });
  const results = h('section', { id: 'sheet-results', 'aria-labelledby': 'results-heading', hidden: true },
    h('h3', { id: 'results-heading' }, t('sheets.chart')));
  const resultBody = h('div');
  results.append(resultBody);
  container.append(h('h2', { tabindex: '-1' }, t('sheets.heading')),
    h('div', { class: 'two-columns' }, h('div', { class: 'card' }, planForm, planStatus), h('div', { class: 'card' }, newPlan)),
    sheetForm, sheetStatus, columns, results);

  async function loadPlans(selected) {
    try {
      const page = await api('/api/kpi/plans?size=100');
      if (!isCurrent()) {
        return;
      }
      const chosen = selected || (page.items[0] && page.items[0].code) || '';
      const current = page.items.find((plan) => plan.code === chosen);
      planForm.replaceChildren(field('plan-form', { name: 'plan', label: t('sheets.plan'), kind: 'select',
        required: true, value: chosen,
        options: [{ value: '', label: t('sheets.planChoose') },
          ...page.items.map((plan) => ({ value: plan.code, label: `${plan.name} (${plan.code})` }))] }),
      field('plan-form', { name: 'achievementConvention', label: t('sheets.convention'), kind: 'select',
        value: (current && current.achievementConvention) || 'PROGRESS',
        options: CONVENTIONS.map((value) => ({ value, label: label('convention', value) })) }),
      h('button', { type: 'button', id: 'save-convention', class: 'secondary', onclick: () => saveConvention() },
        t('sheets.saveConvention')));
      planForm.elements.namedItem('plan').addEventListener('change', (event) => {
        const plan = page.items.find((item) => item.code === event.target.value);
        planForm.elements.namedItem('achievementConvention').value = (plan && plan.achievementConvention) || 'PROGRESS';
      });
    } catch (error) {
      setStatus(planStatus, t('common.failed', error.message), true);
    }
  }

  /** The plan's convention for 達成度: every rate and cross-check of the plan follows it at once. */
  async function saveConvention() {
    clearErrors(planForm);
    const code = planForm.elements.namedItem('plan').value;
    if (!code) {
      setStatus(planStatus, t('sheets.choosePlanFirst'), true);
      return;
    }
    try {
      const plan = await api(`/api/kpi/plans/${encodeURIComponent(code)}/settings`, { method: 'PUT',
        body: { achievementConvention: planForm.elements.namedItem('achievementConvention').value } });
      await loadPlans(plan.code);
      setStatus(planStatus, t('sheets.conventionSaved', plan.name, label('convention', plan.achievementConvention)));
    } catch (error) {
      showProblem(planForm, error, planStatus);
    }
  }

  newPlan.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(newPlan);
    const value = (name) => newPlan.elements.namedItem(name).value.trim();
    try {
      const plan = await api('/api/kpi/plans', { method: 'POST', body: { code: value('code'), name: value('name'),
        achievementConvention: value('achievementConvention') } });
      newPlan.reset();
      await loadPlans(plan.code);
      setStatus(planStatus, t('sheets.planCreated', plan.name));
    } catch (error) {
      showProblem(newPlan, error, planStatus);
    }
  });

  /** Sends the paste to `/sheets` (import) or `/sheets/preview`; the answer shows the columns it recognised. */
  async function send(path) {
    clearErrors(sheetForm);
    const plan = planForm.elements.namedItem('plan');
    if (!plan || !plan.value) {
      setStatus(sheetStatus, t('sheets.choosePlanFirst'), true);
      return null;
    }
    setStatus(sheetStatus, t('common.loading'));
    try {
      const answer = await api(`/api/kpi/plans/${encodeURIComponent(plan.value)}/${path}`, { method: 'POST',
        contentType: TSV, body: sheetForm.sheet.value });
      columns.replaceChildren(recognisedColumns(answer.tables || []));
      return answer;
    } catch (error) {
      columns.replaceChildren();
      showProblem(sheetForm, error, sheetStatus);
      return null;
    }
  }

  sheetForm.querySelector('#sheet-preview').addEventListener('click', async () => {
    const answer = await send('sheets/preview');
    if (answer) {
      results.hidden = true;
      setStatus(sheetStatus, t('sheets.previewed', answer.rows.length, (answer.repeats || []).length));
    }
  });

  sheetForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const answer = await send('sheets');
    if (answer) {
      resultBody.replaceChildren(...[achievementBars(chartItems(answer.rows), { id: 'sheet-chart' }),
        indicatorTable('sheet-rows', answer.rows), sheetSections('sheet-sections', answer.tables || [])]
        .filter(Boolean));
      results.hidden = false;
      setStatus(sheetStatus, t('sheets.imported', answer.rows.length));
    }
  });

  await loadPlans();
}

route({ path: '/staff/sheets', render: renderSheets, roles: ['STAFF', 'SECRETARIAT', 'ADMIN'], menu: 'nav.sheets', group: 'kpi',
  order: 60 });
