// The issue board (課題抽出): signed-in people browse and search; members raise issues (with similar ones shown
// while typing the title), endorse and comment; the secretariat merges duplicates and promotes issues to City Lab.

import { api, query } from '../../api.js';
import { clearErrors, field, h, pager, setStatus, showProblem, statusLine, table } from '../../dom.js';
import { formatDateTime, t } from '../../i18n.js';
import { navigate, route } from '../../router.js';
import { hasAnyRole } from '../../session.js';
import { cityDepartmentsOrNull, departmentChoice, mergeCandidates } from '../common/lookups.js';
import { blankToNull, ccBadge, ccLabel, myOrganisationId, SECRETARIAT, SIGNED_IN, splitList, targets } from './common.js';

const STATUSES = ['', 'OPEN', 'MERGED', 'PROMOTED'];

async function renderBoard(container, { query: params, isCurrent }) {
  const status = params.get('status') || '';
  const sort = params.get('sort') || '';
  const q = params.get('q') || '';
  const page = Number(params.get('page')) || 0;
  const filter = h('form', { id: 'issues-filter', class: 'inline-form', role: 'search' },
    field('issues-filter', { name: 'q', label: t('cocreation.issues.search'), type: 'search', value: q }),
    field('issues-filter', { name: 'status', label: t('cocreation.people.status'), kind: 'select', value: status,
      options: STATUSES.map((value) => ({ value, label: value ? ccLabel('issueStatus', value) : t('cocreation.common.all') })) }),
    field('issues-filter', { name: 'sort', label: t('cocreation.issues.sort'), kind: 'select', value: sort,
      options: [{ value: '', label: t('cocreation.issues.sortNewest') },
        { value: '-endorsements', label: t('cocreation.issues.sortEndorsed') }] }),
    h('button', { type: 'submit', id: 'issues-filter-submit' }, t('cocreation.common.search')));
  filter.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = (name) => filter.elements.namedItem(name).value;
    navigate(`/issues${query({ q: value('q').trim(), status: value('status'), sort: value('sort') })}`);
  });
  const message = statusLine('issues-status');
  const body = h('div', { id: 'issues' });
  container.append(h('h2', { tabindex: '-1' }, t('cocreation.issues.heading')), h('p', {}, t('cocreation.issues.intro')),
    hasAnyRole(['MEMBER']) ? h('p', {}, h('a', { href: '#/issues/new', id: 'issue-new-link' }, t('cocreation.issues.new'))) : null,
    filter, message, body);
  try {
    const found = await api(`/api/cocreation/issues${query({ q, status, sort, page, size: 20 })}`);
    if (!isCurrent()) {
      return;
    }
    body.replaceChildren(table({ id: 'issues-table', caption: t('cocreation.issues.caption'),
      columns: [t('cocreation.issues.title'), t('cocreation.people.status'), t('cocreation.common.sdgTargets'),
        t('cocreation.issues.endorsements'), t('cocreation.issues.comments'), t('cocreation.issues.raisedAt')],
      items: (found.items || []),
      rowAttributes: (issue) => ({ 'data-id': issue.id, 'data-status': issue.status }),
      cells: (issue) => [h('th', { scope: 'row' }, h('a', { href: `#/issues/${issue.id}`, class: 'issue-link' }, issue.title)),
        ccBadge('issueStatus', issue.status), targets(issue.sdgTargets), String(issue.endorsementCount),
        String(issue.commentCount), formatDateTime(issue.createdAt)] }),
    pager(found, (next) => navigate(`/issues${query({ q, status, sort, page: next })}`)));
    setStatus(message, (found.items || []).length ? t('cocreation.common.found', found.totalItems) : t('common.empty'));
  } catch (error) {
    setStatus(message, t('common.failed', error.message), true);
  }
}

function renderRaise(container) {
  const id = 'issue-form';
  const message = statusLine('issue-form-status');
  const similar = h('div', { id: 'issue-similar', 'aria-live': 'polite' });
  const form = h('form', { id, novalidate: true },
    field(id, { name: 'title', label: t('cocreation.issues.title'), required: true }),
    similar,
    field(id, { name: 'body', label: t('cocreation.issues.body'), kind: 'textarea', rows: 6, required: true }),
    field(id, { name: 'sdgTargets', label: t('cocreation.common.sdgTargets'), required: true,
      hint: t('cocreation.common.sdgTargetsHint') }),
    h('button', { type: 'submit', id: 'issue-submit' }, t('cocreation.issues.raise')));
  container.append(h('h2', { tabindex: '-1' }, t('cocreation.issues.newHeading')), h('p', {}, t('cocreation.issues.newIntro')),
    form, message);
  // Similar issues, so that a member endorses an existing one rather than raising a duplicate.
  form.elements.namedItem('title').addEventListener('change', async (event) => {
    const text = event.target.value.trim();
    if (text.length < 2) {
      similar.replaceChildren();
      return;
    }
    try {
      const found = await api(`/api/cocreation/issues/similar${query({ q: text })}`);
      similar.replaceChildren(found.length ? h('div', { class: 'notice' }, t('cocreation.issues.similar'),
        h('ul', {}, found.map((issue) => h('li', {}, h('a', { href: `#/issues/${issue.id}` }, issue.title),
          ` (${t('cocreation.issues.endorsementsCount', issue.endorsementCount)})`)))) : '');
    } catch (error) {
      similar.replaceChildren();
    }
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const value = (name) => form.elements.namedItem(name).value;
    try {
      const issue = await api('/api/cocreation/issues', { method: 'POST', body: { organisationId: myOrganisationId(),
        title: value('title'), body: value('body'), sdgTargets: splitList(value('sdgTargets')) } });
      navigate(`/issues/${issue.id}`);
    } catch (error) {
      showProblem(form, error, message);
    }
  });
}

async function renderIssue(container, { params, isCurrent }) {
  const message = statusLine('issue-status');
  const id = encodeURIComponent(params.id);
  let issue;
  try {
    issue = await api(`/api/cocreation/issues/${id}`);
  } catch (error) {
    container.append(h('h2', { tabindex: '-1' }, t('cocreation.issues.heading')), message);
    setStatus(message, error.status === 404 ? t('cocreation.common.notFound') : t('common.failed', error.message), true);
    return;
  }
  const open = issue.status === 'OPEN';
  const moderationCard = open && hasAnyRole(SECRETARIAT) ? await moderation(issue, message) : null;
  if (!isCurrent()) {
    return;
  }
  const comments = h('div', { id: 'issue-comments' });
  container.append(h('h2', { tabindex: '-1', id: 'issue-title' }, issue.title),
    h('p', {}, ccBadge('issueStatus', issue.status), ' ', t('cocreation.issues.by', issue.authorName),
      ' · ', formatDateTime(issue.createdAt), ' · ',
      h('a', { href: `#/organisations/${issue.organisationId}/profile` }, t('cocreation.common.organisation'))),
    h('p', { id: 'issue-body', class: 'cc-text' }, issue.body),
    h('p', {}, t('cocreation.common.sdgTargets'), ': ', targets(issue.sdgTargets)),
    issue.mergedIntoIssueId ? h('p', { class: 'notice' }, t('cocreation.issues.mergedInto'), ' ',
      h('a', { href: `#/issues/${issue.mergedIntoIssueId}` }, t('cocreation.common.open'))) : null,
    issue.challenge ? h('p', { class: 'notice', id: 'issue-challenge' },
      t('cocreation.issues.challenge', issue.challenge.title, formatDateTime(issue.challenge.draftedAt))) : null,
    issue.outcome ? h('p', { class: 'notice' }, t('cocreation.issues.outcome', issue.outcome.title, issue.outcome.startedOn)) : null,
    h('p', {}, h('span', { id: 'issue-endorsements' }, t('cocreation.issues.endorsementsCount', issue.endorsementCount)), ' ',
      open && hasAnyRole(['MEMBER']) ? h('button', { type: 'button', id: 'issue-endorse', onclick: async () => {
        try {
          await api(`/api/cocreation/issues/${issue.id}/endorsements`, { method: 'POST' });
          navigate(`/issues/${issue.id}`);
        } catch (error) {
          setStatus(message, error.message, true);
        }
      } }, t('cocreation.issues.endorse')) : null),
    message,
    moderationCard,
    h('section', { 'aria-labelledby': 'issue-comments-h' }, h('h3', { id: 'issue-comments-h' },
      t('cocreation.issues.comments')), comments,
    issue.status !== 'MERGED' && hasAnyRole(['MEMBER']) ? commentForm(issue) : null),
    h('p', {}, h('a', { href: '#/issues' }, t('cocreation.issues.back'))));
  await loadComments(0);

  async function loadComments(page) {
    try {
      const found = await api(`/api/cocreation/issues/${issue.id}/comments${query({ page, size: 20 })}`);
      comments.replaceChildren((found.items || []).length ? h('ul', { class: 'cc-comments' }, (found.items || []).map((c) =>
        h('li', {}, h('span', { class: 'cc-when' }, `${c.authorName} · ${formatDateTime(c.createdAt)}`),
          h('p', { class: 'cc-text' }, c.body)))) : h('p', {}, t('common.empty')),
      found.totalPages > 1 ? pager(found, loadComments) : '');
    } catch (error) {
      setStatus(message, t('common.failed', error.message), true);
    }
  }

  function commentForm(target) {
    const form = h('form', { id: 'comment-form', novalidate: true },
      field('comment-form', { name: 'body', label: t('cocreation.issues.comment'), kind: 'textarea', rows: 3, required: true }),
      h('button', { type: 'submit', id: 'comment-submit' }, t('cocreation.issues.postComment')));
    const line = statusLine('comment-status');
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearErrors(form);
      try {
        await api(`/api/cocreation/issues/${target.id}/comments`, { method: 'POST',
          body: { body: form.elements.namedItem('body').value } });
        form.reset();
        await loadComments(0);
      } catch (error) {
        showProblem(form, error, line);
      }
    });
    return h('div', {}, form, line);
  }
}

/** The secretariat's card: merge into another open issue, or promote to City Lab for a chosen department. */
async function moderation(issue, message) {
  const [candidates, departments] = await Promise.all([mergeCandidates(issue), cityDepartmentsOrNull()]);
  const merge = h('form', { id: 'merge-form', class: 'inline-form', novalidate: true },
    candidates ? field('merge-form', { name: 'into', label: t('cocreation.issues.mergeInto'), kind: 'select',
      hint: candidates.length ? t('cocreation.issues.mergeHint') : t('lookup.noIssues'),
      options: [{ value: '', label: t('lookup.choose') }, ...candidates] })
      : field('merge-form', { name: 'into', label: t('cocreation.issues.mergeInto'), hint: t('cocreation.issues.mergeHint') }),
    h('button', { type: 'submit', class: 'secondary', id: 'merge-submit' }, t('cocreation.issues.merge')));
  merge.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(merge);
    try {
      await api(`/api/cocreation/issues/${issue.id}/merge`, { method: 'POST',
        body: { mergedIntoIssueId: blankToNull(merge.elements.namedItem('into').value) } });
      navigate(`/issues/${issue.id}`);
    } catch (error) {
      showProblem(merge, error, message);
    }
  });
  const promote = h('form', { id: 'promote-form', class: 'inline-form', novalidate: true },
    departmentChoice('promote-form', departments, { label: t('cocreation.issues.department'), required: false,
      hint: t('cocreation.issues.departmentHint'), emptyLabel: t('cocreation.issues.departmentAny') }),
    h('button', { type: 'submit', id: 'promote-submit' }, t('cocreation.issues.promote')));
  promote.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(promote);
    try {
      await api(`/api/cocreation/issues/${issue.id}/promote`, { method: 'POST',
        body: { departmentId: blankToNull(promote.elements.namedItem('departmentId').value) } });
      navigate(`/issues/${issue.id}`);
    } catch (error) {
      showProblem(promote, error, message);
    }
  });
  return h('section', { class: 'card', id: 'issue-moderation', 'aria-labelledby': 'issue-moderation-h' },
    h('h3', { id: 'issue-moderation-h' }, t('cocreation.issues.moderation')), merge, promote);
}

route({ path: '/issues', render: renderBoard, roles: SIGNED_IN, menu: 'cocreation.nav.issues', group: 'cocreation', order: 32,
  title: 'cocreation.issues.heading' });
route({ path: '/issues/new', render: renderRaise, roles: ['MEMBER'], title: 'cocreation.issues.newHeading' });
route({ path: '/issues/:id', render: renderIssue, roles: SIGNED_IN, title: 'cocreation.issues.heading' });
