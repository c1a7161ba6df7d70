// The secretariat's fund work: the balance and contributions (pledges and receipts), new calls, and per call its
// opening and closing, the applications, reviewer assignments, the conflict-of-interest register and the decision
// pack with awards, rejections and tranche payments.

import { api, query } from '../../api.js';
import { clearErrors, field, h, pager, setStatus, showProblem, statusLine, table } from '../../dom.js';
import { formatDateTime, t } from '../../i18n.js';
import { navigate, route } from '../../router.js';
import { submitForm } from '../common/forms.js';
import { badge } from '../kpi/format.js';
import { callDetails } from './calls.js';
import { parseYen, period, points, yen } from './format.js';
import { resolutionsSection } from './resolutions.js';

const ROLES = ['SECRETARIAT', 'ADMIN'];

async function renderFund(container, { query: params, isCurrent }) {
  const page = Number(params.get('page')) || 0;
  const message = statusLine('fund-sec-status');
  const balance = h('div', { id: 'fund-balance' });
  const contributions = h('div', { id: 'fund-contributions' });
  const calls = h('div', { id: 'fund-sec-calls' });
  container.append(h('h2', { tabindex: '-1' }, t('fund.sec.heading')), message,
    h('section', { class: 'card' }, h('h3', {}, t('fund.sec.balance')), balance),
    h('section', { class: 'card' }, h('h3', {}, t('fund.sec.contributions')), pledgeForm(), contributions),
    h('section', { class: 'card' }, h('h3', {}, t('fund.sec.calls')), calls),
    h('section', { class: 'card' }, h('h3', {}, t('fund.sec.newCall')), callForm()));

  async function load() {
    const [account, found, callPage] = await Promise.all([api('/api/fund/balance'),
      api(`/api/fund/contributions${query({ page, size: 20 })}`), api('/api/fund/calls?size=50')]);
    if (!isCurrent()) {
      return;
    }
    balance.replaceChildren(h('dl', { class: 'facts' },
      ...[['pledged', account.pledgedYen], ['received', account.receivedYen], ['awardedTotal', account.awardedYen],
        ['paidTotal', account.paidYen], ['available', account.availableYen]]
        .flatMap(([key, amount]) => [h('dt', {}, t(`fund.sec.${key}`)), h('dd', { id: `fund-balance-${key}` }, yen(amount))])));
    contributions.replaceChildren(table({ id: 'fund-contributions-table',
      columns: [t('fund.sec.contributorName'), t('fund.sec.kind'), t('fund.sec.pledged'), t('fund.sec.received'),
        t('fund.sec.outstanding'), t('orgs.appliedAt'), t('orgs.actions')],
      items: found.items,
      rowAttributes: (c) => ({ 'data-id': c.id }),
      cells: (c) => [h('th', { scope: 'row' }, c.contributorName), c.contributorKindLabel, yen(c.pledgedYen),
        yen(c.receivedYen), yen(c.outstandingYen), formatDateTime(c.pledgedAt),
        c.outstandingYen > 0 ? receiptForm(c) : ''] }),
    pager(found, (next) => navigate(`/fund/secretariat${query({ page: next })}`)));
    calls.replaceChildren(table({ id: 'fund-sec-calls-table',
      columns: [t('fund.calls.title'), t('fund.calls.status'), t('fund.calls.period'), t('fund.calls.budget'),
        t('fund.calls.remaining')],
      items: callPage.items,
      rowAttributes: (call) => ({ 'data-id': call.id, 'data-status': call.status }),
      cells: (call) => [h('th', { scope: 'row' }, h('a', { href: `#/fund/secretariat/calls/${call.id}` }, call.title)),
        badge('fund.callStatus', call.status), period(call), yen(call.budgetYen), yen(call.remainingBudgetYen)] }));
  }

  function pledgeForm() {
    const formId = 'fund-pledge';
    const form = h('form', { id: formId, novalidate: true, class: 'inline-form' },
      field(formId, { name: 'contributorKind', label: t('fund.sec.kind'), kind: 'select', value: 'CITY',
        options: ['CITY', 'INVESTOR'].map((value) => ({ value, label: t(`fund.sec.kind.${value}`) })) }),
      field(formId, { name: 'contributorName', label: t('fund.sec.contributorName'), required: true }),
      field(formId, { name: 'contributorOrganisationId', label: t('fund.sec.contributorOrganisationId') }),
      field(formId, { name: 'pledgedYen', label: t('fund.sec.amount'), required: true, inputmode: 'numeric' }),
      h('button', { type: 'submit', id: 'fund-pledge-submit' }, t('fund.sec.pledge')));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearErrors(form);
      const value = (name) => form.elements.namedItem(name).value.trim();
      try {
        const created = await api('/api/fund/contributions', { method: 'POST', body: {
          contributorKind: value('contributorKind'), contributorName: value('contributorName'),
          contributorOrganisationId: value('contributorOrganisationId') || null,
          pledgedYen: parseYen(value('pledgedYen')) } });
        form.reset();
        setStatus(message, t('fund.sec.pledgedDone', created.contributorName));
        await load();
      } catch (error) {
        showProblem(form, error, message);
      }
    });
    return form;
  }

  function receiptForm(contribution) {
    const formId = `fund-receipt-${contribution.id}`;
    const form = h('form', { id: formId, novalidate: true, class: 'reject-form' },
      field(formId, { name: 'amountYen', label: t('fund.sec.receiptLabel', contribution.contributorName),
        value: String(contribution.outstandingYen), inputmode: 'numeric' }),
      h('button', { type: 'submit', class: 'secondary' }, t('fund.sec.receive')));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        await api(`/api/fund/contributions/${contribution.id}/receipts`, { method: 'POST',
          body: { amountYen: parseYen(form.elements.namedItem('amountYen').value) } });
        setStatus(message, t('fund.sec.receivedDone'));
        await load();
      } catch (error) {
        showProblem(form, error, message);
      }
    });
    return form;
  }

  function callForm() {
    const formId = 'fund-new-call';
    const checkbox = (name, text) => h('div', { class: 'field', 'data-field': name },
      h('label', {}, h('input', { type: 'checkbox', name, id: `${formId}-${name}` }), ' ', text));
    const form = h('form', { id: formId, novalidate: true },
      field(formId, { name: 'title', label: t('fund.sec.callTitle'), required: true }),
      field(formId, { name: 'purpose', label: t('fund.sec.purpose'), kind: 'textarea', rows: 3, required: true }),
      h('div', { class: 'inline-form' },
        field(formId, { name: 'budgetYen', label: t('fund.sec.budgetCap'), required: true, inputmode: 'numeric' }),
        field(formId, { name: 'maxGrantYen', label: t('fund.sec.maxGrant'), required: true, inputmode: 'numeric' }),
        field(formId, { name: 'subsidyNumerator', label: t('fund.sec.subsidyNumerator'), value: '2', required: true,
          inputmode: 'numeric' }),
        field(formId, { name: 'subsidyDenominator', label: t('fund.sec.subsidyDenominator'), value: '3', required: true,
          inputmode: 'numeric' })),
      h('div', { class: 'inline-form' },
        field(formId, { name: 'opensAt', label: t('fund.sec.opensAt'), type: 'datetime-local', required: true }),
        field(formId, { name: 'closesAt', label: t('fund.sec.closesAt'), type: 'datetime-local', required: true }),
        field(formId, { name: 'minReviewers', label: t('fund.sec.minReviewers'), value: '3', inputmode: 'numeric' }),
        field(formId, { name: 'reviewerLoadCap', label: t('fund.sec.loadCap'), value: '10', inputmode: 'numeric' }),
        field(formId, { name: 'declarationBonusHundredths', label: t('fund.sec.bonus'), value: '0',
          inputmode: 'numeric' })),
      checkbox('requireActiveDeclaration', t('fund.sec.requireDeclaration')),
      checkbox('blindReview', t('fund.sec.blindReview')),
      field(formId, { name: 'criteria', label: t('fund.sec.criteria'), kind: 'textarea', rows: 4, required: true,
        hint: t('fund.sec.criteriaHint') }),
      h('button', { type: 'submit', id: 'fund-new-call-submit' }, t('fund.sec.createCall')));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearErrors(form);
      const value = (name) => form.elements.namedItem(name).value.trim();
      const integer = (name) => (/^\d+$/.test(value(name)) ? Number(value(name)) : null);
      const instant = (name) => (value(name) ? new Date(value(name)).toISOString() : null);
      const criteria = value('criteria').split('\n').map((line) => line.trim()).filter(Boolean).map((line) => {
        const [code, name, weight, reference] = line.split(/\s*[,，、]\s*/);
        return { code, name, weight: /^\d+$/.test(weight || '') ? Number(weight) : null,
          inTotal: !(reference && /参考|reference/i.test(reference)) };
      });
      try {
        const created = await api('/api/fund/calls', { method: 'POST', body: {
          title: value('title'), purpose: value('purpose'), budgetYen: parseYen(value('budgetYen')),
          maxGrantYen: parseYen(value('maxGrantYen')), subsidyNumerator: integer('subsidyNumerator'),
          subsidyDenominator: integer('subsidyDenominator'), opensAt: instant('opensAt'),
          closesAt: instant('closesAt'), minReviewers: integer('minReviewers'),
          reviewerLoadCap: integer('reviewerLoadCap'),
          declarationBonusHundredths: integer('declarationBonusHundredths'),
          requireActiveDeclaration: form.elements.namedItem('requireActiveDeclaration').checked,
          blindReview: form.elements.namedItem('blindReview').checked, criteria } });
        navigate(`/fund/secretariat/calls/${created.id}?created=1`);
      } catch (error) {
        showProblem(form, error, message);
      }
    });
    return form;
  }

  try {
    await load();
  } catch (error) {
    setStatus(message, t('common.failed', error.message), true);
  }
}

async function renderCallAdmin(container, { params, query: search, isCurrent }) {
  const id = encodeURIComponent(params.id);
  const message = statusLine('fund-admin-status');
  const heading = h('h2', { tabindex: '-1' }, t('fund.sec.heading'));
  const sections = h('div', { id: 'fund-admin' });
  container.append(heading, message, sections,
    h('p', {}, h('a', { href: '#/fund/secretariat' }, t('fund.nav.secretariat'))));

  let announced = false;

  async function act(path, body, done) {
    try {
      await api(path, { method: 'POST', body });
      await load();
      setStatus(message, done);
      return true;
    } catch (error) {
      setStatus(message, t('common.failed', error.message), true);
      return false;
    }
  }

  async function load() {
    const call = await api(`/api/fund/calls/${id}`);
    const inReview = call.status !== 'DRAFT' && call.status !== 'OPEN';
    const [applications, assignments, conflicts, pack, committee] = await Promise.all([
      api(`/api/fund/calls/${id}/applications?size=100`),
      api(`/api/fund/calls/${id}/assignments?size=100`),
      api(`/api/fund/calls/${id}/conflicts?size=100`),
      inReview ? api(`/api/fund/calls/${id}/decision-pack`) : null,
      api('/api/fund/committee?size=100')]);
    if (!isCurrent()) {
      return;
    }
    heading.textContent = call.title;
    if (search.get('created') && !announced) {
      announced = true;
      setStatus(message, t('fund.sec.callCreated', call.title));
    }
    const reviewerName = new Map(committee.items.map((m) => [m.reviewerId, m.username]));
    const titleOf = new Map(applications.items.map((a) => [a.id, a.title]));
    const controls = h('div', { class: 'actions', id: 'fund-call-actions' },
      call.status === 'DRAFT' ? h('button', { type: 'button', id: 'fund-call-open',
        onclick: () => act(`/api/fund/calls/${id}/open`, undefined, t('fund.sec.callDone')) }, t('fund.sec.open')) : null,
      call.status === 'OPEN' ? h('button', { type: 'button', id: 'fund-call-close',
        onclick: () => act(`/api/fund/calls/${id}/close`, undefined, t('fund.sec.callDone')) }, t('fund.sec.close')) : null);
    sections.replaceChildren(callDetails(call), controls,
      h('section', { class: 'card' }, h('h3', {}, t('fund.sec.applications')),
        table({ id: 'fund-admin-applications',
          columns: [t('fund.mine.title'), t('fund.sec.applicant'), t('fund.mine.status'), t('fund.mine.requested'),
            t('fund.mine.submittedAt'), t('fund.mine.reasons')],
          items: applications.items,
          rowAttributes: (a) => ({ 'data-id': a.id, 'data-status': a.status }),
          cells: (a) => [h('th', { scope: 'row' }, a.title), a.organisationName, badge('fund.appStatus', a.status),
            yen(a.requestedYen), formatDateTime(a.submittedAt), a.eligibilityReasonTexts.join(' / ')] })),
      h('section', { class: 'card' }, h('h3', {}, t('fund.sec.assignments')),
        inReview ? assignmentControls(applications.items, committee.items) : null,
        table({ id: 'fund-admin-assignments',
          columns: [t('fund.sec.application'), t('fund.sec.reviewer'), t('fund.rev.assignedAt')],
          items: assignments.items,
          rowAttributes: (a) => ({ 'data-application': a.applicationId, 'data-reviewer': a.reviewerId }),
          cells: (a) => [titleOf.get(a.applicationId) || a.applicationId, reviewerName.get(a.reviewerId) || a.reviewerId,
            formatDateTime(a.assignedAt)] })),
      h('section', { class: 'card' }, h('h3', {}, t('fund.sec.conflicts')),
        table({ id: 'fund-admin-conflicts',
          columns: [t('fund.sec.application'), t('fund.sec.reviewer'), t('fund.sec.conflicted'), t('fund.sec.automatic'),
            t('fund.sec.reason'), t('fund.sec.recordedAt')],
          items: conflicts.items,
          rowAttributes: (c) => ({ 'data-application': c.applicationId, 'data-reviewer': c.reviewerId,
            'data-conflicted': String(c.conflicted) }),
          cells: (c) => [titleOf.get(c.applicationId) || c.applicationId, reviewerName.get(c.reviewerId) || c.reviewerId,
            c.conflicted ? t('fund.sec.conflictYes') : t('fund.sec.conflictNo'), c.automatic ? '✓' : '',
            c.reason || '', formatDateTime(c.recordedAt)] })),
      ...(pack ? [packSection(pack)] : []), resolutionsSection(id, { record: true }));
  }

  function assignmentControls(applications, committee) {
    const formId = 'fund-assign';
    const eligible = applications.filter((a) => a.status === 'ELIGIBLE');
    const form = h('form', { id: formId, novalidate: true, class: 'inline-form' },
      field(formId, { name: 'application', label: t('fund.sec.assignTo'), kind: 'select',
        options: eligible.map((a) => ({ value: a.id, label: a.title })) }),
      field(formId, { name: 'reviewerId', label: t('fund.sec.reviewer'), kind: 'select',
        options: committee.map((m) => ({ value: m.reviewerId, label: m.username })) }),
      h('button', { type: 'submit', class: 'secondary', id: 'fund-assign-submit' }, t('fund.sec.assignOne')),
      h('button', { type: 'button', id: 'fund-assign-auto', onclick: async () => {
        try {
          const created = await api(`/api/fund/calls/${id}/assignments`, { method: 'POST' });
          await load();
          setStatus(message, t('fund.sec.assigned', created.length));
        } catch (error) {
          setStatus(message, t('common.failed', error.message), true);
        }
      } }, t('fund.sec.assignAuto')));
    return submitForm(form, { message, reload: load, done: t('fund.sec.assignedOne'), send: () =>
      api(`/api/fund/applications/${form.elements.namedItem('application').value}/reviewers`, { method: 'POST',
        body: { reviewerId: form.elements.namedItem('reviewerId').value } }) });
  }

  function packSection(pack) {
    return h('section', { class: 'card', id: 'fund-pack' }, h('h3', {}, t('fund.sec.pack')),
      h('p', {}, t('fund.sec.packSummary', yen(pack.requestedTotalYen), yen(pack.remainingBudgetYen),
        yen(pack.fundAvailableYen))),
      table({ id: 'fund-pack-table',
        columns: [t('fund.sec.rank'), t('fund.mine.title'), t('fund.sec.applicant'), t('fund.mine.status'),
          t('fund.mine.requested'), t('fund.sec.reviews'), t('fund.sec.mean'), t('fund.sec.spread'),
          t('fund.sec.bonus2'), t('fund.sec.total'), t('fund.mine.awarded'), t('orgs.actions')],
        items: pack.ranking,
        rowAttributes: (r) => ({ 'data-id': r.applicationId, 'data-reviews': String(r.reviews),
          'data-status': r.status }),
        cells: (r) => [String(r.rank), h('th', { scope: 'row' }, r.title), r.organisationName,
          badge('fund.appStatus', r.status), yen(r.requestedYen),
          h('span', { class: 'fund-review-count' }, t('fund.sec.reviewsOf', r.reviews, r.minReviewers)),
          // Without a review there is no mean nor spread to show, only the bonus.
          r.reviews ? points(r.meanScoreHundredths) : '',
          r.reviews ? `${points(r.spreadHundredths)}${r.outlier ? ` ⚠ ${t('fund.sec.outlier')}` : ''}` : '',
          points(r.bonusHundredths), r.reviews ? points(r.totalScoreHundredths) : '', r.awardedYen ? yen(r.awardedYen) : (r.decisionReason || ''),
          decisionControls(r)] }));
  }

  function decisionControls(row) {
    const base = `/api/fund/applications/${row.applicationId}`;
    if (row.status === 'ELIGIBLE') {
      const awardId = `fund-award-${row.applicationId}`;
      const award = h('form', { id: awardId, class: 'reject-form', novalidate: true },
        field(awardId, { name: 'awardedYen', label: t('fund.sec.awardAmount'), value: String(row.requestedYen),
          inputmode: 'numeric' }),
        field(awardId, { name: 'outOfRankReason', label: t('fund.sec.outOfRankReason') }),
        h('button', { type: 'submit' }, t('fund.sec.award')));
      submitForm(award, { message, reload: load, done: t('fund.sec.decided'), send: () =>
        api(`${base}/award`, { method: 'POST', body: {
          awardedYen: parseYen(award.elements.namedItem('awardedYen').value),
          outOfRankReason: award.elements.namedItem('outOfRankReason').value.trim() || null } }) });
      const rejectId = `fund-reject-${row.applicationId}`;
      const reject = h('form', { id: rejectId, class: 'reject-form', novalidate: true },
        field(rejectId, { name: 'text', label: t('fund.sec.rejectReason') }),
        h('button', { type: 'submit', class: 'secondary' }, t('fund.sec.reject')));
      submitForm(reject, { message, reload: load, done: t('fund.sec.decided'), send: () =>
        api(`${base}/reject`, { method: 'POST', body: { text: reject.elements.namedItem('text').value } }) });
      return h('div', { class: 'actions' }, award, reject);
    }
    if (row.status === 'AWARDED') {
      const payId = `fund-pay-${row.applicationId}`;
      const pay = h('form', { id: payId, class: 'reject-form', novalidate: true },
        field(payId, { name: 'amountYen', label: t('fund.sec.payAmount'), inputmode: 'numeric' }),
        h('button', { type: 'submit', class: 'secondary' }, t('fund.sec.pay')));
      return submitForm(pay, { message, reload: load, done: t('fund.sec.paidDone'), send: () =>
        api(`${base}/payments`, { method: 'POST',
          body: { amountYen: parseYen(pay.elements.namedItem('amountYen').value) } }) });
    }
    return '';
  }

  try {
    await load();
  } catch (error) {
    setStatus(message, t('common.failed', error.message), true);
  }
}

route({ path: '/fund/secretariat', render: renderFund, roles: ROLES, menu: 'fund.nav.secretariat', group: 'fund', order: 72 });
route({ path: '/fund/secretariat/calls/:id', render: renderCallAdmin, roles: ROLES, title: 'fund.nav.secretariat' });
