// What follows a grant: the applicant's final report (実績報告) of a funded project, and the committee's evaluation
// (事後評価) of that report on the call's criteria. The fund refuses a report before the award and an evaluation
// before the report, and keeps conflicted members out as for the selection.

import { api } from '../../api.js';
import { clearErrors, field, h, setStatus, showProblem, statusLine } from '../../dom.js';
import { formatDateTime, t } from '../../i18n.js';
import { route } from '../../router.js';
import { badge } from '../kpi/format.js';
import { points, yen } from './format.js';
import { scoreSheet } from './score-sheet.js';
import './outcomes-texts.js';

/** The link from the member's applications to the report screen, for a funded project. */
export function reportLink(application) {
  return application.status === 'AWARDED' ? h('a', { href: `#/fund/mine/${application.id}/report`,
    class: 'fund-report-link' }, application.reportedAt ? t('fund.report.read') : t('fund.report.write')) : null;
}

/** The link from the committee's review page to the evaluation screen, once the final report is in. */
export function evaluationLink(application) {
  return application.status === 'AWARDED' && application.reportedAt ? h('p', {}, h('a', {
    href: `#/fund/review/applications/${application.id}/evaluation`, id: 'fund-evaluation-link' },
  t('fund.eval.open'))) : null;
}

/** The City Lab collaboration project an application continues, linked to the project's page; null if none. */
export function continuedProject(application) {
  return application.continuesProjectId ? h('a', { href: `#/citylab/projects/${application.continuesProjectId}`,
    class: 'fund-continues-link' }, application.continuesProjectTitle || application.continuesProjectId) : null;
}

function reportCard(application) {
  return h('div', { class: 'card', id: 'fund-report-facts' },
    h('dl', { class: 'facts' },
      h('dt', {}, t('fund.mine.status')), h('dd', {}, badge('fund.appStatus', application.status)),
      h('dt', {}, t('fund.mine.awarded')), h('dd', {}, application.awardedYen ? yen(application.awardedYen) : ''),
      h('dt', {}, t('fund.mine.paid')), h('dd', {}, yen(application.paidYen || 0)),
      application.continuesProjectId ? h('dt', {}, t('fund.apply.continues')) : null,
      application.continuesProjectId ? h('dd', {}, continuedProject(application)) : null,
      h('dt', {}, t('fund.report.reportedAt')),
      h('dd', {}, application.reportedAt ? formatDateTime(application.reportedAt) : t('fund.report.notYet'))),
    application.finalReport ? h('div', {}, h('h3', {}, t('fund.report.heading')),
      h('p', { id: 'fund-report-text', class: 'prewrap' }, application.finalReport)) : null);
}

async function renderReport(container, { params, isCurrent }) {
  const message = statusLine('fund-report-status');
  const work = h('div', { id: 'fund-report' });
  container.append(h('h2', { tabindex: '-1' }, t('fund.report.heading')), message, work,
    h('p', {}, h('a', { href: '#/fund/mine' }, t('fund.report.back'))));
  let application;
  try {
    application = await api(`/api/fund/applications/${encodeURIComponent(params.id)}`);
  } catch (error) {
    setStatus(message, t('common.failed', error.message), true);
    return;
  }
  if (!isCurrent()) {
    return;
  }
  container.querySelector('h2').textContent = t('fund.report.headingOf', application.title);
  if (application.reportedAt || application.status !== 'AWARDED') {
    work.replaceChildren(reportCard(application));
    if (application.status !== 'AWARDED') {
      setStatus(message, t('fund.report.notAwarded'));
    }
    return;
  }
  const formId = 'fund-report-form';
  const form = h('form', { id: formId, novalidate: true },
    h('p', {}, t('fund.report.intro')),
    field(formId, { name: 'text', kind: 'textarea', rows: 10, required: true, label: t('fund.report.text'),
      hint: t('fund.report.hint') }),
    h('button', { type: 'submit', id: 'fund-report-submit' }, t('fund.report.submit')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    try {
      const reported = await api(`/api/fund/applications/${application.id}/report`, { method: 'POST',
        body: { text: form.elements.namedItem('text').value } });
      work.replaceChildren(reportCard(reported));
      setStatus(message, t('fund.report.done'));
    } catch (error) {
      showProblem(form, error, message);
    }
  });
  work.replaceChildren(reportCard(application), form);
}

async function renderEvaluation(container, { params, isCurrent }) {
  const id = params.id;
  const message = statusLine('fund-eval-status');
  const work = h('div', { id: 'fund-eval-area' });
  container.append(h('h2', { tabindex: '-1' }, t('fund.eval.heading')), message, work,
    h('p', {}, h('a', { href: `#/fund/review/applications/${id}` }, t('fund.eval.back'))));
  let application;
  let call;
  try {
    application = await api(`/api/fund/review/applications/${encodeURIComponent(id)}`);
    call = await api(`/api/fund/calls/${application.callId}`);
  } catch (error) {
    if (isCurrent()) {
      // Undeclared or conflicted: the review page asks for (or shows) the declaration first.
      work.replaceChildren(h('p', { id: 'fund-eval-blocked', class: 'notice', 'data-code': error.problem?.type || '' },
        t('fund.rev.blocked'), ' ', error.message));
    }
    return;
  }
  if (!isCurrent()) {
    return;
  }
  container.querySelector('h2').textContent = t('fund.eval.headingOf', application.title);
  work.append(h('div', { class: 'card' },
    h('dl', { class: 'facts' },
      h('dt', {}, t('fund.rev.applicant')), h('dd', {}, application.organisationName || t('fund.rev.blindApplicant')),
      h('dt', {}, t('fund.mine.awarded')), h('dd', {}, application.awardedYen ? yen(application.awardedYen) : ''),
      h('dt', {}, t('fund.report.reportedAt')),
      h('dd', {}, application.reportedAt ? formatDateTime(application.reportedAt) : t('fund.report.notYet'))),
    h('h3', {}, t('fund.report.heading')),
    h('p', { id: 'fund-eval-report', class: 'prewrap' }, application.finalReport || t('fund.report.notYet'))));
  if (!application.reportedAt) {
    return;
  }
  const formId = 'fund-eval';
  const form = h('form', { id: formId, novalidate: true }, h('h3', {}, t('fund.eval.sheet')));
  const sheet = scoreSheet(form, formId, call.criteria);
  form.append(h('button', { type: 'submit', id: 'fund-eval-submit' }, t('fund.eval.submit')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    try {
      const review = await api(`/api/fund/review/applications/${application.id}/evaluation`, { method: 'POST',
        body: sheet() });
      form.replaceWith(h('p', { id: 'fund-eval-done', 'data-score': String(review.weightedScoreHundredths) },
        t('fund.eval.done', points(review.weightedScoreHundredths))));
      setStatus(message, t('fund.eval.done', points(review.weightedScoreHundredths)));
    } catch (error) {
      showProblem(form, error, message);
    }
  });
  work.append(form);
}

route({ path: '/fund/mine/:id/report', render: renderReport, roles: ['MEMBER'], title: 'fund.report.heading' });
route({ path: '/fund/review/applications/:id/evaluation', render: renderEvaluation, roles: ['COMMITTEE'],
  title: 'fund.eval.heading' });
