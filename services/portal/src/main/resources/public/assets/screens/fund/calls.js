// The fund's calls (公募), public like any call for applications once opened: a call with its criteria and budget,
// a member's application form and the member's own applications with their status.

import { api, query } from '../../api.js';
import { clearErrors, field, h, pager, setStatus, showProblem, statusLine, table } from '../../dom.js';
import { formatDateTime, t } from '../../i18n.js';
import { navigate, route } from '../../router.js';
import { hasAnyRole, user } from '../../session.js';
import { attachmentsLoader } from '../common/attachments.js';
import { badge, label } from '../kpi/format.js';
import { parseYen, period, points, yen } from './format.js';
import { continuedProject, reportLink } from './outcomes.js';
import { fillSelect } from '../declarations/public.js';
import { resolutionsSection } from './resolutions.js';

async function renderCalls(container, { query: params, isCurrent }) {
  const page = Number(params.get('page')) || 0;
  const q = params.get('q') || '';
  const message = statusLine('fund-calls-status');
  const search = h('form', { id: 'fund-calls-search', class: 'inline-form', role: 'search' },
    field('fund-calls-search', { name: 'q', label: t('fund.calls.search'), value: q, type: 'search' }),
    h('button', { type: 'submit', class: 'secondary' }, t('fund.calls.searchSubmit')));
  search.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(`/fund/calls${query({ q: search.elements.namedItem('q').value.trim() })}`);
  });
  const body = h('div', { id: 'fund-calls' });
  container.append(h('h2', { tabindex: '-1' }, t('fund.calls.heading')), h('p', {}, t('fund.calls.intro')), search,
    message, body);
  try {
    const found = await api(`/api/fund/calls${query({ q, page, size: 20 })}`);
    if (!isCurrent()) {
      return;
    }
    body.replaceChildren(table({ id: 'fund-calls-table',
      columns: [t('fund.calls.title'), t('fund.calls.status'), t('fund.calls.period'), t('fund.calls.budget'),
        t('fund.calls.maxGrant'), t('fund.calls.remaining')],
      items: found.items,
      rowAttributes: (call) => ({ 'data-id': call.id, 'data-status': call.status }),
      cells: (call) => [h('th', { scope: 'row' }, h('a', { href: `#/fund/calls/${call.id}` }, call.title)),
        badge('fund.callStatus', call.status), period(call), yen(call.budgetCapYen), yen(call.maxGrantYen),
        yen(call.remainingBudgetYen)] }),
    pager(found, (next) => navigate(`/fund/calls${query({ q, page: next })}`)));
    if (!found.items.length) {
      setStatus(message, t('common.empty'));
    }
  } catch (error) {
    setStatus(message, t('common.failed', error.message), true);
  }
}

/** The call's requirements and criteria as a definition list and a table. */
export function callDetails(call) {
  const types = call.allowedOrganisationTypes.length
    ? call.allowedOrganisationTypes.map((type) => label('orgType', type)).join('、') : t('fund.calls.allTypes');
  return h('div', { class: 'card', id: 'fund-call-details' },
    h('p', { class: 'fund-purpose' }, call.purpose),
    h('dl', { class: 'facts' },
      h('dt', {}, t('fund.calls.status')), h('dd', {}, badge('fund.callStatus', call.status)),
      h('dt', {}, t('fund.calls.period')), h('dd', {}, period(call)),
      h('dt', {}, t('fund.calls.budget')), h('dd', { id: 'fund-call-budget' }, yen(call.budgetCapYen)),
      h('dt', {}, t('fund.calls.remaining')), h('dd', {}, yen(call.remainingBudgetYen)),
      h('dt', {}, t('fund.calls.maxGrant')), h('dd', { id: 'fund-call-max' }, yen(call.maxGrantYen)),
      h('dt', {}, t('fund.calls.subsidyRate')),
      h('dd', {}, t('fund.calls.subsidyRateValue', call.subsidyNumerator, call.subsidyDenominator)),
      h('dt', {}, t('fund.calls.types')), h('dd', {}, types)),
    h('ul', {},
      call.requireActiveDeclaration ? h('li', {}, t('fund.calls.declarationRequired')) : null,
      call.declarationBonusHundredths ? h('li', {}, t('fund.calls.declarationBonus',
        points(call.declarationBonusHundredths))) : null,
      call.blindReview ? h('li', {}, t('fund.calls.blind')) : null),
    table({ id: 'fund-call-criteria', caption: t('fund.calls.criteria'),
      columns: [t('fund.calls.criterion'), t('fund.calls.weight'), t('fund.calls.inTotal')],
      items: call.criteria,
      cells: (c) => [h('th', { scope: 'row' }, c.name), String(c.weight),
        c.inTotal ? t('fund.calls.inTotal') : t('fund.calls.notInTotal')] }));
}

function accepting(call) {
  const now = Date.now();
  return call.status === 'OPEN' && Date.parse(call.opensAt) <= now && now < Date.parse(call.closesAt);
}

async function renderCall(container, { params, isCurrent }) {
  const message = statusLine('fund-call-status');
  const heading = h('h2', { tabindex: '-1' }, t('fund.calls.heading'));
  container.append(heading, message);
  try {
    const call = await api(`/api/fund/calls/${encodeURIComponent(params.id)}`);
    if (!isCurrent()) {
      return;
    }
    heading.textContent = call.title;
    container.append(callDetails(call), resolutionsSection(call.id, { record: false }));
    if (hasAnyRole(['MEMBER'])) {
      container.append(accepting(call)
        ? h('p', {}, h('a', { href: `#/fund/calls/${call.id}/apply`, id: 'fund-apply-link', class: 'button' },
          t('fund.calls.apply')))
        : h('p', {}, t('fund.apply.notOpen')));
    } else if (!user()) {
      container.append(h('p', { id: 'fund-sign-in-to-apply' }, t('fund.calls.signInToApply'), ' ',
        h('a', { href: '#/login' }, t('fund.calls.signIn')), ' · ', h('a', { href: '#/apply' }, t('fund.calls.join'))));
    }
    if (hasAnyRole(['SECRETARIAT', 'ADMIN'])) {
      container.append(h('p', {}, h('a', { href: `#/fund/secretariat/calls/${call.id}`, id: 'fund-manage-link' },
        t('fund.calls.manage'))));
    }
  } catch (error) {
    setStatus(message, t('common.failed', error.message), true);
  }
}

/** The application form: the call's limits on top, budget lines that add up into the total cost. */
async function renderApply(container, { params, isCurrent }) {
  const message = statusLine('fund-apply-status');
  const heading = h('h2', { tabindex: '-1' }, t('fund.calls.apply'));
  container.append(heading, message);
  let call;
  try {
    call = await api(`/api/fund/calls/${encodeURIComponent(params.id)}`);
  } catch (error) {
    setStatus(message, t('common.failed', error.message), true);
    return;
  }
  if (!isCurrent()) {
    return;
  }
  heading.textContent = t('fund.apply.heading', call.title);
  const formId = 'fund-apply';
  const lines = h('div', { id: 'fund-apply-lines' });
  const total = field(formId, { name: 'totalCostYen', label: t('fund.apply.totalCost'), required: true,
    inputmode: 'numeric' });
  const form = h('form', { id: formId, novalidate: true },
    h('p', { class: 'hint', id: 'fund-apply-limits' }, t('fund.apply.limits', yen(call.maxGrantYen),
      t('fund.calls.subsidyRateValue', call.subsidyNumerator, call.subsidyDenominator))),
    field(formId, { name: 'title', label: t('fund.apply.title'), required: true }),
    field(formId, { name: 'plan', label: t('fund.apply.plan'), kind: 'textarea', rows: 6, required: true }),
    field(formId, { name: 'sdgTargets', label: t('fund.apply.sdgTargets'), required: true }),
    h('fieldset', { 'data-field': 'budget' }, h('legend', {}, t('fund.apply.budget')), lines,
      h('button', { type: 'button', class: 'secondary', id: 'fund-apply-add-line', onclick: () => addLine() },
        t('fund.apply.addLine')),
      h('p', { class: 'field-error', id: `${formId}-budget-error`, role: 'alert' })),
    total,
    field(formId, { name: 'requestedYen', label: t('fund.apply.requested'), required: true, inputmode: 'numeric' }),
    field(formId, { name: 'expectedOutcomes', label: t('fund.apply.outcomes'), kind: 'textarea', rows: 4,
      required: true }),
    field(formId, { name: 'kpis', label: t('fund.apply.kpis'), kind: 'textarea', rows: 3, required: true }),
    field(formId, { name: 'continuesProjectId', label: t('fund.apply.continues'), kind: 'select',
      hint: t('fund.apply.continuesHint'), options: [{ value: '', label: t('fund.apply.continuesNone') }] }),
    h('div', { class: 'actions' },
      h('button', { type: 'submit', id: 'fund-apply-submit', value: 'submit' }, t('fund.apply.submit')),
      h('button', { type: 'submit', id: 'fund-apply-draft', class: 'secondary', value: 'draft' },
        t('fund.apply.saveDraft'))));
  container.append(callDetails(call), form);
  let count = 0;
  let totalTouched = false;
  total.querySelector('input').addEventListener('input', () => { totalTouched = true; });

  function addLine() {
    const n = ++count;
    // The server names budget lines budget[i].item / budget[i].amountYen; data-field lets errors land here.
    const item = field(formId, { name: `budget-${n}-item`, label: t('fund.apply.item', n) });
    item.dataset.field = `budget[${n - 1}].item`;
    const amount = field(formId, { name: `budget-${n}-amount`, label: t('fund.apply.amount', n), inputmode: 'numeric' });
    amount.dataset.field = `budget[${n - 1}].amountYen`;
    amount.querySelector('input').addEventListener('input', sumLines);
    lines.append(h('div', { class: 'inline-form budget-line', 'data-line': String(n) }, item, amount));
  }

  function budget() {
    return [...lines.querySelectorAll('.budget-line')].map((line) => ({
      item: line.querySelector('[name$="-item"]').value.trim(),
      amountYen: parseYen(line.querySelector('[name$="-amount"]').value),
    })).filter((line) => line.item || line.amountYen !== null);
  }

  function sumLines() {
    if (!totalTouched) {
      const sum = budget().reduce((acc, line) => acc + (line.amountYen || 0), 0);
      total.querySelector('input').value = sum ? String(sum) : '';
    }
  }

  addLine();
  addLine();
  projectChoices(form.elements.namedItem('continuesProjectId'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const submit = event.submitter ? event.submitter.value !== 'draft' : true;
    const value = (name) => form.elements.namedItem(name).value.trim();
    const body = { callId: call.id, title: value('title'), plan: value('plan'),
      sdgTargets: value('sdgTargets').split(/[,、，\s]+/).filter(Boolean), budget: budget(),
      totalCostYen: parseYen(value('totalCostYen')), requestedYen: parseYen(value('requestedYen')),
      expectedOutcomes: value('expectedOutcomes'), kpis: value('kpis'),
      continuesProjectId: value('continuesProjectId') || null };
    let draft;
    try {
      draft = await api('/api/fund/applications', { method: 'POST', body });
    } catch (error) {
      showProblem(form, error, message);
      return;
    }
    try {
      if (submit) {
        await api(`/api/fund/applications/${draft.id}/submit`, { method: 'POST' });
      }
      navigate(`/fund/mine${query({ done: submit ? 'submitted' : 'drafted', title: draft.title })}`);
    } catch (error) {
      // The draft is saved; the member can submit it from the list once the problem is solved.
      setStatus(message, `${t('fund.apply.drafted', draft.title)} ${error.message}`, true);
    }
  });
}

/** The collaboration projects of the member's organisation, as the fund knows them, after "none". */
async function projectChoices(select) {
  try {
    const projects = await api('/api/fund/applications/continuable-projects');
    fillSelect(select, [{ value: '', label: t('fund.apply.continuesNone') },
      ...projects.map((p) => ({ value: p.projectId, label: p.title || p.projectId }))], '');
  } catch (error) {
    // Without the list the application continues no project; the rest of the form still works.
  }
}

async function renderMine(container, { query: params, isCurrent }) {
  const page = Number(params.get('page')) || 0;
  const message = statusLine('fund-mine-status');
  const body = h('div', { id: 'fund-mine' });
  container.append(h('h2', { tabindex: '-1' }, t('fund.mine.heading')), message, body);
  const done = params.get('done');
  if (done) {
    setStatus(message, t(done === 'submitted' ? 'fund.apply.submitted' : 'fund.apply.drafted', params.get('title')));
  }

  async function act(application, verb) {
    try {
      await api(`/api/fund/applications/${application.id}/${verb}`, { method: 'POST' });
      setStatus(message, t('fund.mine.done'));
      await load();
    } catch (error) {
      setStatus(message, t('common.failed', error.message), true);
    }
  }

  async function load() {
    const found = await api(`/api/fund/applications/mine${query({ page, size: 20 })}`);
    if (!isCurrent()) {
      return;
    }
    const titles = new Map();
    await Promise.all([...new Set(found.items.map((a) => a.callId))].map(async (id) => {
      try {
        titles.set(id, (await api(`/api/fund/calls/${id}`)).title);
      } catch (e) {
        titles.set(id, id);
      }
    }));
    body.replaceChildren(table({ id: 'fund-mine-table',
      columns: [t('fund.mine.title'), t('fund.mine.call'), t('fund.mine.status'), t('fund.mine.requested'),
        t('fund.mine.awarded'), t('fund.mine.paid'), t('fund.mine.submittedAt'), t('fund.mine.reasons'),
        t('fund.mine.actions')],
      items: found.items,
      rowAttributes: (a) => ({ 'data-id': a.id, 'data-status': a.status }),
      cells: (a) => [h('th', { scope: 'row' }, a.title, a.continuesProjectId ? h('div', { class: 'hint' },
        `${t('fund.apply.continues')}: `, continuedProject(a)) : null), titles.get(a.callId), badge('fund.appStatus', a.status),
        yen(a.requestedYen), a.awardedYen ? yen(a.awardedYen) : '', a.paidYen ? yen(a.paidYen) : '',
        formatDateTime(a.submittedAt), [...a.eligibilityReasonTexts, a.decisionReason].filter(Boolean).join(' / '),
        h('div', { class: 'actions' },
          a.status === 'DRAFT' ? h('button', { type: 'button', class: 'fund-submit', onclick: () => act(a, 'submit') },
            t('fund.mine.submit')) : null,
          ['DRAFT', 'ELIGIBLE'].includes(a.status) ? h('button', { type: 'button',
            class: 'secondary fund-withdraw', onclick: () => act(a, 'withdraw') }, t('fund.mine.withdraw')) : null,
          attachmentsLoader({ id: `fund-${a.id}-attachments`, base: `/api/fund/applications/${a.id}/attachments`,
            canWrite: a.status === 'DRAFT' }),
          a.status === 'AWARDED' ? attachmentsLoader({ id: `fund-${a.id}-report-attachments`,
            label: t('fund.mine.reportFiles'),
            base: `/api/fund/applications/${a.id}/report/attachments`, canWrite: true }) : null,
          reportLink(a))] }),
    pager(found, (next) => navigate(`/fund/mine${query({ page: next })}`)));
    if (!found.items.length) {
      body.append(h('p', {}, t('common.empty')));
    }
  }

  try {
    await load();
  } catch (error) {
    setStatus(message, t('common.failed', error.message), true);
  }
}

route({ path: '/fund/calls', render: renderCalls, menu: 'fund.nav.calls', group: 'fund', order: 70 });
route({ path: '/fund/calls/:id', render: renderCall, title: 'fund.nav.calls' });
route({ path: '/fund/calls/:id/apply', render: renderApply, roles: ['MEMBER'], title: 'fund.nav.calls' });
route({ path: '/fund/mine', render: renderMine, roles: ['MEMBER'], menu: 'fund.nav.mine', group: 'fund', order: 71 });
