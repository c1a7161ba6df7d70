// The committee's workspace: the assigned applications; per application first the conflict-of-interest declaration
// (nothing confidential is fetched before the service allows it), then the content, the scoring form per criterion
// with the reviewer's confidence, and the scores the service lets the member see.

import { api, query } from '../../api.js';
import { clearErrors, field, h, pager, setStatus, showProblem, statusLine, table } from '../../dom.js';
import { formatDateTime, t } from '../../i18n.js';
import { navigate, route } from '../../router.js';
import { points, yen } from './format.js';
import { evaluationLink } from './outcomes.js';
import { scoreSheet } from './score-sheet.js';

const DECLARATION_REQUIRED = 'urn:kyoso:problem:fund.conflict.declarationRequired';

async function callTitles(callIds) {
  const titles = new Map();
  await Promise.all([...new Set(callIds)].map(async (id) => {
    try {
      titles.set(id, (await api(`/api/fund/calls/${id}`)).title);
    } catch (e) {
      titles.set(id, id);
    }
  }));
  return titles;
}

async function renderAssignments(container, { query: params, isCurrent }) {
  const page = Number(params.get('page')) || 0;
  const message = statusLine('fund-review-status');
  const body = h('div', { id: 'fund-review' });
  container.append(h('h2', { tabindex: '-1' }, t('fund.rev.heading')), h('p', {}, t('fund.rev.intro')), message, body);
  try {
    const found = await api(`/api/fund/review/assignments${query({ page, size: 20 })}`);
    const titles = await callTitles(found.items.map((a) => a.callId));
    if (!isCurrent()) {
      return;
    }
    // Only identifiers here: the application's content is confidential until the member has declared.
    body.replaceChildren(table({ id: 'fund-review-table',
      columns: [t('fund.rev.application'), t('fund.rev.call'), t('fund.rev.assignedAt'), ''],
      items: found.items,
      rowAttributes: (a) => ({ 'data-id': a.applicationId }),
      cells: (a) => [h('th', { scope: 'row' }, h('code', {}, a.applicationId.slice(0, 8))), titles.get(a.callId),
        formatDateTime(a.assignedAt),
        h('a', { href: `#/fund/review/applications/${a.applicationId}`, class: 'fund-review-open',
          'aria-label': `${t('fund.rev.open')} ${a.applicationId.slice(0, 8)}` }, t('fund.rev.open'))] }),
    pager(found, (next) => navigate(`/fund/review${query({ page: next })}`)));
    if (!found.items.length) {
      setStatus(message, t('fund.rev.none'));
    }
  } catch (error) {
    setStatus(message, t('common.failed', error.message), true);
  }
}

async function renderReview(container, { params, query: search, isCurrent }) {
  const id = params.id;
  const message = statusLine('fund-app-status');
  const work = h('div', { id: 'fund-app' });
  container.append(h('h2', { tabindex: '-1' }, t('fund.rev.application')), message, work,
    h('p', {}, h('a', { href: '#/fund/review' }, t('fund.rev.back'))));
  if (search.get('declared') === 'none') {
    setStatus(message, t('fund.rev.declaredNone'));
  }
  let application;
  try {
    application = await api(`/api/fund/review/applications/${encodeURIComponent(id)}`);
  } catch (error) {
    if (!isCurrent()) {
      return;
    }
    if (error.status === 403 && error.problem && error.problem.type === DECLARATION_REQUIRED) {
      work.replaceChildren(declarationForm(id, message));
    } else {
      work.replaceChildren(h('p', { id: 'fund-app-blocked', class: 'notice', 'data-code': error.problem?.type || '' },
        t('fund.rev.blocked'), ' ', error.message));
    }
    return;
  }
  let call;
  let visible;
  try {
    [call, visible] = await Promise.all([api(`/api/fund/calls/${application.callId}`),
      api(`/api/fund/review/applications/${id}/scores`)]);
  } catch (error) {
    setStatus(message, t('common.failed', error.message), true);
    return;
  }
  if (!isCurrent()) {
    return;
  }
  container.querySelector('h2').textContent = application.title;
  work.replaceChildren(content(application), ...[evaluationLink(application)].filter(Boolean),
    reviewPart(application, call, visible, message));
}

/** Conflict or no conflict, with the reason a conflict needs; posted before anything confidential is fetched. */
function declarationForm(id, message) {
  const formId = 'fund-declare';
  const radio = (value, text) => h('label', { class: 'choice' },
    h('input', { type: 'radio', name: 'conflicted', value, id: `${formId}-${value}` }), ' ', text);
  const reason = field(formId, { name: 'reason', label: t('fund.rev.conflictReason'), kind: 'textarea', rows: 3 });
  const form = h('form', { id: formId, novalidate: true, class: 'card' },
    h('h3', {}, t('fund.rev.declareHeading')),
    h('p', {}, t('fund.rev.declareIntro')),
    h('fieldset', { class: 'field', 'data-field': 'conflicted' },
      h('legend', {}, t('fund.rev.declareHeading')),
      radio('false', t('fund.rev.noConflict')), h('br'), radio('true', t('fund.rev.conflict')),
      h('p', { class: 'field-error', id: `${formId}-conflicted-error`, role: 'alert' })),
    reason,
    h('button', { type: 'submit', id: 'fund-declare-submit' }, t('fund.rev.declareHeading')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const choice = form.querySelector('input[name="conflicted"]:checked');
    const conflicted = choice ? choice.value === 'true' : null;
    try {
      await api(`/api/fund/review/applications/${encodeURIComponent(id)}/conflict`, { method: 'POST',
        body: { conflicted, reason: form.elements.namedItem('reason').value.trim() || null } });
      if (conflicted) {
        form.replaceWith(h('p', { id: 'fund-app-blocked', class: 'notice',
          'data-code': 'urn:kyoso:problem:fund.conflict.declared' }, t('fund.rev.declaredConflict')));
        setStatus(message, t('fund.rev.declaredConflict'));
      } else {
        navigate(`/fund/review/applications/${id}?declared=none`);
      }
    } catch (error) {
      showProblem(form, error, message);
    }
  });
  return form;
}

function content(application) {
  return h('div', { class: 'card', id: 'fund-app-content' },
    h('dl', { class: 'facts' },
      h('dt', {}, t('fund.rev.applicant')),
      h('dd', {}, application.organisationName || t('fund.rev.blindApplicant')),
      h('dt', {}, t('fund.rev.sdgTargets')), h('dd', {}, application.sdgTargets.join(', ')),
      h('dt', {}, t('fund.rev.totalCost')), h('dd', {}, yen(application.totalCostYen)),
      h('dt', {}, t('fund.rev.requested')), h('dd', { id: 'fund-app-requested' }, yen(application.requestedYen))),
    h('h3', {}, t('fund.apply.plan')), h('p', { id: 'fund-app-plan', class: 'prewrap' }, application.plan),
    table({ id: 'fund-app-budget', caption: t('fund.rev.budget'),
      columns: [t('fund.apply.item', ''), t('fund.sec.amount')], items: application.budget,
      cells: (line) => [line.item, yen(line.amountYen)] }),
    h('h3', {}, t('fund.apply.outcomes')), h('p', { class: 'prewrap' }, application.expectedOutcomes),
    h('h3', {}, t('fund.apply.kpis')), h('p', { class: 'prewrap' }, application.kpis));
}

function reviewPart(application, call, visible, message) {
  const part = h('section', { id: 'fund-scores', 'aria-labelledby': 'fund-scores-heading' },
    h('h3', { id: 'fund-scores-heading' }, t('fund.rev.scoreHeading')));
  const mine = visible.reviews.find((review) => review.mine);
  if (mine) {
    const names = new Map(call.criteria.map((c) => [c.code, c.name]));
    part.append(
      table({ id: 'fund-reviews-table',
        columns: [t('fund.rev.reviewer'), t('fund.rev.confidence'), t('fund.rev.weighted'), t('fund.rev.scores')],
        items: visible.reviews,
        rowAttributes: (r) => ({ 'data-mine': String(r.mine) }),
        cells: (r) => [r.mine ? t('fund.rev.me') : r.reviewerId, String(r.confidence), points(r.weightedScoreHundredths),
          r.scores.map((s) => `${names.get(s.criterion) || s.criterion}: ${s.score}${s.comment ? `（${s.comment}）` : ''}`)
            .join(' / ')] }),
      ...(visible.othersVisible ? [] : [h('p', { id: 'fund-reviews-hidden' },
        t('fund.rev.reviewsHidden', visible.submitted))]));
    return part;
  }
  const formId = 'fund-score';
  const form = h('form', { id: formId, novalidate: true });
  const sheet = scoreSheet(form, formId, call.criteria);
  form.append(h('button', { type: 'submit', id: 'fund-score-submit' }, t('fund.rev.submitScores')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const body = sheet();
    try {
      const review = await api(`/api/fund/review/applications/${application.id}/scores`, { method: 'POST', body });
      const visibleNow = await api(`/api/fund/review/applications/${application.id}/scores`);
      part.replaceWith(reviewPart(application, call, visibleNow, message));
      setStatus(message, t('fund.rev.submitted', points(review.weightedScoreHundredths)));
    } catch (error) {
      showProblem(form, error, message);
    }
  });
  part.append(form);
  return part;
}

route({ path: '/fund/review', render: renderAssignments, roles: ['COMMITTEE'], menu: 'fund.nav.review', group: 'fund', order: 73 });
route({ path: '/fund/review/applications/:id', render: renderReview, roles: ['COMMITTEE'], title: 'fund.nav.review' });
