// City Lab challenges: the public list and a challenge's page, the staff's draft form with similar-challenge
// warnings, and on the challenge page the actions each role has in the challenge's state (secretariat: refine,
// ask for sign-off, publish, close, matching and invitations, decide on proposals; the owning department: sign off
// or send back, decide on proposals; a member organisation: submit, edit or withdraw its proposal).

import { api, query } from '../../api.js';
import { clearErrors, field, h, pager, setStatus, showProblem, statusLine, table } from '../../dom.js';
import { t } from '../../i18n.js';
import { navigate, route } from '../../router.js';
import { hasAnyRole, user } from '../../session.js';
import { details, listOf, paged, statusBadge, targetList, when, yen, yenValue } from './common.js';
import { label } from '../kpi/format.js';
import { organisationName } from '../common/lookups.js';
import { attachmentsLoader, attachmentsPanel } from '../common/attachments.js';
import { fillSelect } from '../declarations/public.js';
import { formValues, keywordAndSdgFields } from './discovery-filters.js';

const ALL_STATUSES = ['DRAFT', 'IN_REFINEMENT', 'AWAITING_SIGNOFF', 'PUBLISHED', 'CLOSED', 'ARCHIVED'];
const PUBLIC_STATUSES = ['PUBLISHED', 'CLOSED'];
const OFFICE = ['SECRETARIAT', 'ADMIN'];

async function renderChallenges(container, { query: params, isCurrent }) {
  const status = params.get('status') || '';
  const mine = params.get('mine') === 'true';
  const page = Number(params.get('page')) || 0;
  const search = { q: params.get('q') || '', goal: params.get('goal') || '', target: params.get('target') || '',
    departmentId: params.get('departmentId') || '' };
  const statuses = hasAnyRole(OFFICE) || (hasAnyRole(['STAFF']) && mine) ? ALL_STATUSES : PUBLIC_STATUSES;
  const go = (changes) => navigate(`/citylab/challenges${query({ status, mine: mine || undefined, ...search,
    ...changes })}`);
  const formId = 'challenges-filter';
  const filter = h('form', { id: formId, class: 'inline-form', role: 'search', novalidate: true },
    ...keywordAndSdgFields(formId, search),
    field(formId, { name: 'departmentId', label: t('discovery.department'), kind: 'select',
      value: search.departmentId, options: [{ value: '', label: t('discovery.anyDepartment') }] }),
    field(formId, { name: 'status', label: t('citylab.status'), kind: 'select', value: status,
      options: [{ value: '', label: t('citylab.allStatuses') },
        ...statuses.map((value) => ({ value, label: t(`citylab.challengeStatus.${value}`) }))] }),
    h('button', { type: 'submit', id: 'challenges-search' }, t('discovery.search')),
    hasAnyRole(['STAFF']) ? h('label', { class: 'checkbox' }, h('input', { type: 'checkbox', id: 'challenges-mine',
      checked: mine, onchange: (e) => go({ mine: e.target.checked || undefined, page: undefined }) }),
    t('citylab.mine')) : null);
  filter.addEventListener('submit', (event) => {
    event.preventDefault();
    go({ ...formValues(filter, ['q', 'goal', 'target', 'departmentId', 'status']), page: undefined });
  });
  filter.elements.namedItem('status').addEventListener('change', (e) => go({ status: e.target.value, page: undefined }));
  departmentOptions(filter.elements.namedItem('departmentId'), search.departmentId);
  const message = statusLine('challenges-status');
  const body = h('div', { id: 'challenges' });
  container.append(h('h2', { tabindex: '-1' }, t('citylab.challenges.heading')),
    h('p', {}, t('citylab.challenges.intro')), filter, message, body);
  try {
    // A department's own list is the same search, narrowed to the department and open to every status.
    // The address keeps the screen's short names (goal, target); the API's are sdgGoal and sdgTarget.
    const { goal: sdgGoal, target: sdgTarget, ...rest } = search;
    const found = await paged(`/api/citylab/challenges/search${query({ status, mine: mine || undefined, ...rest,
      sdgGoal, sdgTarget, page, size: 20 })}`);
    if (!isCurrent()) {
      return;
    }
    body.replaceChildren(table({ id: 'challenges-table',
      columns: [t('citylab.title'), t('citylab.status'), t('citylab.deadline'), t('citylab.targets'), t('citylab.budget')],
      items: found.items,
      rowAttributes: (c) => ({ 'data-id': c.id, 'data-status': c.status }),
      cells: (c) => [h('th', { scope: 'row' }, h('a', { href: `#/citylab/challenges/${c.id}` }, c.title)),
        statusBadge('challenge', c.status), c.proposalDeadline || '', listOf(c.sdgTargets).join(', '), yen(c.budgetYen)] }),
    pager(found, (next) => go({ page: next })));
    if (!found.items.length) {
      setStatus(message, t('common.empty'));
    }
  } catch (error) {
    setStatus(message, t('common.failed', error.message), true);
  }
}

/** The city departments as choices (from the public member directory), the chosen one kept. */
async function departmentOptions(select, chosen) {
  try {
    const found = await api(`/api/cocreation/directory${query({ type: 'CITY_DEPARTMENT', size: 100 })}`);
    fillSelect(select, [{ value: '', label: t('discovery.anyDepartment') },
      ...(found.items || []).map((d) => ({ value: d.id, label: d.name }))], chosen);
  } catch (error) {
    // Without the list the filter offers "any department" only; the challenges themselves still load.
  }
}

function challengeFields(formId, c = {}, { refine = false } = {}) {
  return [
    field(formId, { name: 'title', label: t('citylab.title'), required: true, value: c.title || '' }),
    field(formId, { name: 'background', label: t('citylab.background'), kind: 'textarea', rows: 5, required: true,
      value: c.background || '' }),
    field(formId, { name: 'desiredOutcome', label: t('citylab.desiredOutcome'), kind: 'textarea', rows: 3,
      required: true, value: c.desiredOutcome || '' }),
    refine ? field(formId, { name: 'solutionDirection', label: t('citylab.solutionDirection'), kind: 'textarea',
      rows: 3, required: true, value: c.solutionDirection || '' }) : null,
    field(formId, { name: 'targetKpi', label: t('citylab.targetKpi'), value: c.targetKpi || '' }),
    field(formId, { name: 'constraints', label: t('citylab.constraints'), kind: 'textarea', rows: 2,
      value: c.constraints || '' }),
    field(formId, { name: 'sdgTargets', label: t('citylab.sdgTargets'), required: true,
      value: listOf(c.sdgTargets).join(', ') }),
    field(formId, { name: 'budgetYen', label: t('citylab.budget'), inputmode: 'numeric',
      value: c.budgetYen === null || c.budgetYen === undefined ? '' : String(c.budgetYen) }),
    field(formId, { name: 'testFieldOffered', label: t('citylab.testFieldOffered'), value: c.testFieldOffered || '' }),
    field(formId, { name: 'proposalDeadline', label: t('citylab.proposalDeadline'), type: 'date', required: !refine,
      value: c.proposalDeadline || '' }),
    refine ? field(formId, { name: 'note', label: t('citylab.refine.note') }) : null,
  ];
}

function challengeBody(form, { refine = false } = {}) {
  const value = (name) => form.elements.namedItem(name).value;
  const blank = (name) => (value(name).trim() === '' ? null : value(name));
  const body = { title: value('title'), background: value('background'), desiredOutcome: value('desiredOutcome'),
    targetKpi: blank('targetKpi'), constraints: blank('constraints'), sdgTargets: targetList(value('sdgTargets')),
    budgetYen: yenValue(value('budgetYen')), testFieldOffered: blank('testFieldOffered'),
    proposalDeadline: blank('proposalDeadline') };
  if (refine) {
    body.solutionDirection = value('solutionDirection');
    body.note = blank('note');
  }
  return body;
}

function renderNewChallenge(container) {
  const status = statusLine('new-challenge-status');
  const similar = h('section', { id: 'similar', 'aria-live': 'polite' });
  const form = h('form', { id: 'challenge-form', novalidate: true }, challengeFields('challenge-form'),
    h('button', { type: 'submit', id: 'challenge-submit' }, t('citylab.new.submit')));
  container.append(h('h2', { tabindex: '-1' }, t('citylab.nav.new')), h('p', {}, t('citylab.new.intro')), form,
    similar, status);
  let timer;
  let asked = '';
  const checkSimilar = async () => {
    const text = `${form.elements.namedItem('title').value} ${form.elements.namedItem('background').value}`.trim();
    if (text.length < 4 || text === asked) {
      return;
    }
    asked = text;
    try {
      const found = await api(`/api/citylab/challenges/similar${query({ q: text.slice(0, 4000) })}`);
      similar.replaceChildren(h('h3', {}, t('citylab.similar.heading')), found.length
        ? h('ul', { id: 'similar-list', class: 'warning' }, found.map((s) => h('li', { 'data-id': s.id },
          h('a', { href: `#/citylab/challenges/${s.id}` }, t('citylab.similar.item', s.title,
            label('citylab.challengeStatus', s.status), s.similarityPercent)))))
        : h('p', { id: 'similar-none' }, t('citylab.similar.none')));
    } catch (error) {
      // The warning is a help, not a gate: a failed lookup must not stop the draft.
      similar.replaceChildren();
    }
  };
  ['title', 'background'].forEach((name) => form.elements.namedItem(name).addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(checkSimilar, 400);
  }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    try {
      const created = await api('/api/citylab/challenges', { method: 'POST', body: challengeBody(form) });
      navigate(`/citylab/challenges/${created.id}?done=drafted`);
    } catch (error) {
      showProblem(form, error, status);
    }
  });
}

async function renderChallenge(container, context) {
  const { params, query: search, isCurrent } = context;
  const message = statusLine('challenge-status');
  let c;
  try {
    c = await api(`/api/citylab/challenges/${encodeURIComponent(params.id)}`);
  } catch (error) {
    container.append(h('h2', { tabindex: '-1' }, t('citylab.challenge')), message);
    setStatus(message, t('common.failed', error.message), true);
    return;
  }
  if (!isCurrent()) {
    return;
  }
  const me = user();
  const office = hasAnyRole(OFFICE);
  const owner = hasAnyRole(['STAFF']) && me && me.org && me.org === c.departmentId;
  const reload = async (text) => {
    container.replaceChildren();
    await renderChallenge(container, { ...context, query: new URLSearchParams() });
    setStatus(container.querySelector('#challenge-status'), text);
  };
  container.append(h('p', {}, h('a', { href: '#/citylab/challenges' }, t('citylab.back'))),
    h('h2', { tabindex: '-1', id: 'challenge-title' }, c.title),
    h('p', { id: 'challenge-state', 'data-status': c.status, 'data-signed-off': String(c.signedOff) },
      statusBadge('challenge', c.status), ' ', t('citylab.version', c.currentVersion),
      c.status === 'AWAITING_SIGNOFF' ? ` · ${t(c.signedOff ? 'citylab.signedOff' : 'citylab.notSignedOff')}` : ''),
    message,
    details('challenge-details', [[t('citylab.background'), c.background],
      [t('citylab.desiredOutcome'), c.desiredOutcome], [t('citylab.solutionDirection'), c.solutionDirection],
      [t('citylab.targetKpi'), c.targetKpi], [t('citylab.constraints'), c.constraints],
      [t('citylab.targets'), listOf(c.sdgTargets)], [t('citylab.budget'), yen(c.budgetYen)],
      [t('citylab.testFieldOffered'), c.testFieldOffered], [t('citylab.deadline'), c.proposalDeadline],
      [t('citylab.publishedAt'), when(c.publishedAt)]]));
  if (search.get('done') === 'drafted') {
    setStatus(message, t('citylab.new.done', c.title));
  }

  const step = (id, text, path) => h('button', { type: 'button', id, onclick: async (event) => {
    event.target.disabled = true;
    try {
      const changed = await api(`/api/citylab/challenges/${c.id}/${path}`, { method: 'POST' });
      await reload(t('citylab.actionDone', label('citylab.challengeStatus', changed.status)));
    } catch (error) {
      event.target.disabled = false;
      setStatus(message, error.message, true);
    }
  } }, text);
  const actions = h('div', { id: 'challenge-actions', class: 'actions' });
  if (office) {
    if (c.status === 'DRAFT') {
      actions.append(step('start-refinement', t('citylab.startRefinement'), 'start-refinement'));
    } else if (c.status === 'IN_REFINEMENT') {
      actions.append(step('request-signoff', t('citylab.requestSignoff'), 'request-signoff'));
    } else if (c.status === 'AWAITING_SIGNOFF') {
      actions.append(step('publish', t('citylab.publish'), 'publish'));
    } else if (c.status === 'PUBLISHED') {
      actions.append(step('close', t('citylab.close'), 'close'));
    } else if (c.status === 'CLOSED') {
      actions.append(step('archive', t('citylab.archive'), 'archive'));
    }
  }
  if (owner && c.status === 'AWAITING_SIGNOFF' && !c.signedOff) {
    actions.append(step('signoff', t('citylab.signOff'), 'sign-off'), step('send-back', t('citylab.sendBack'),
      'send-back'));
  }
  if (actions.children.length) {
    container.append(h('h3', {}, t('citylab.actions')), actions);
  }
  if (office && c.status === 'IN_REFINEMENT') {
    container.append(refineForm(c, message, reload));
  }
  if (office || owner) {
    container.append(await versions(c));
  }
  if (office || owner) {
    container.append(await proposalsForOffice(c, message));
  } else if (me && me.org && hasAnyRole(['MEMBER'])) {
    container.append(await ownProposal(c, message, reload));
  } else if (c.status === 'PUBLISHED') {
    container.append(h('p', { class: 'notice', id: 'proposal-login' }, t('citylab.proposal.memberOnly')));
  }
  if (office && c.status === 'PUBLISHED') {
    container.append(await matching(c, message));
  }
}

function refineForm(c, message, reload) {
  const form = h('form', { id: 'refine-form', novalidate: true }, challengeFields('refine-form', c, { refine: true }),
    h('button', { type: 'submit', id: 'refine-submit' }, t('citylab.refine.submit')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    try {
      // A single challenge comes back, not a page: `paged` would drop the options and GET the version list.
      const refined = await api(`/api/citylab/challenges/${c.id}/versions`, { method: 'POST',
        body: { ...challengeBody(form, { refine: true }), departmentId: c.departmentId } });
      await reload(t('citylab.refine.done', refined.currentVersion));
    } catch (error) {
      showProblem(form, error, message);
    }
  });
  return h('section', {}, h('h3', {}, t('citylab.refine.heading')), form);
}

async function versions(c) {
  try {
    const found = await paged(`/api/citylab/challenges/${c.id}/versions${query({ page: 0, size: 10 })}`);
    return h('section', { id: 'challenge-versions' }, h('h3', {}, t('citylab.versions')),
      h('ul', {}, found.items.map((v) => h('li', {}, t('citylab.versionBy', v.number, v.editedBy, when(v.editedAt)),
        v.note ? ` — ${v.note}` : ''))));
  } catch (error) {
    return h('p', { class: 'status error' }, t('common.failed', error.message));
  }
}

async function proposalsForOffice(c, message) {
  const section = h('section', { id: 'proposals' }, h('h3', {}, t('citylab.proposals.heading')));
  const load = async (page = 0) => {
    try {
      const found = await paged(`/api/citylab/challenges/${c.id}/proposals${query({ page, size: 20 })}`);
      const names = await Promise.all(found.items.map((p) => organisationName(p.organisationId)));
      section.replaceChildren(h('h3', {}, t('citylab.proposals.heading')), table({ id: 'proposals-table',
        columns: [t('citylab.proposal.title'), t('citylab.proposal.organisation'), t('citylab.status'),
          t('citylab.proposal.costEstimateYen'), t('citylab.proposal.submittedAt'), t('citylab.actions')],
        items: found.items.map((p, index) => ({ ...p, organisationName: names[index] })),
        rowAttributes: (p) => ({ 'data-id': p.id, 'data-status': p.status }),
        cells: (p) => [h('th', { scope: 'row' }, h('details', {}, h('summary', {}, p.title),
          details(`proposal-${p.id}-details`, [[t('citylab.proposal.summary'), p.summary],
            [t('citylab.proposal.approach'), p.approach], [t('citylab.proposal.team'), p.team],
            [t('citylab.proposal.expectedOutcome'), p.expectedOutcome], [t('citylab.targets'), listOf(p.sdgTargets)],
            [t('citylab.period'), `${p.periodFrom} – ${p.periodTo}`],
            [t('attachments.heading'), attachmentsLoader({ id: `proposal-${p.id}-attachments`,
              base: `/api/citylab/proposals/${p.id}/attachments` })]]))),
        p.organisationName, statusBadge('proposal', p.status), yen(p.costEstimateYen), when(p.submittedAt),
        ['SUBMITTED', 'SHORTLISTED'].includes(p.status) ? decisions(p) : (p.projectId
          ? h('a', { href: `#/citylab/projects/${p.projectId}`, id: `proposal-${p.id}-project` },
            t('citylab.project.open')) : (p.declineReason || ''))] }),
      pager(found, load));
      if (!found.items.length) {
        section.append(h('p', {}, t('common.empty')));
      }
    } catch (error) {
      section.append(h('p', { class: 'status error' }, t('common.failed', error.message)));
    }
  };
  const decide = async (p, action, body) => {
    const decided = await api(`/api/citylab/proposals/${p.id}/${action}`, { method: 'POST', body });
    setStatus(message, t('citylab.proposal.decided', p.title, label('citylab.proposalStatus', decided.status)));
    await load();
  };
  function decisions(p) {
    const formId = `decline-${p.id}`;
    const decline = h('form', { id: formId, class: 'reject-form', novalidate: true },
      field(formId, { name: 'reason', label: t('citylab.proposal.reasonLabel', p.title), required: true }),
      h('button', { type: 'submit', class: 'secondary' }, t('citylab.proposal.decline')));
    decline.addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        await decide(p, 'decline', { reason: decline.elements.namedItem('reason').value });
      } catch (error) {
        showProblem(decline, error, message);
      }
    });
    const button = (cls, text, action) => h('button', { type: 'button', class: cls, onclick: async () => {
      try {
        await decide(p, action);
      } catch (error) {
        setStatus(message, error.message, true);
      }
    } }, text);
    return h('div', { class: 'actions' }, p.status === 'SUBMITTED' ? button('shortlist', t('citylab.proposal.shortlist'),
      'shortlist') : null, button('adopt', t('citylab.proposal.adopt'), 'adopt'), decline);
  }
  await load();
  return section;
}

function proposalFields(formId, p = {}) {
  return [
    field(formId, { name: 'title', label: t('citylab.proposal.title'), required: true, value: p.title || '' }),
    field(formId, { name: 'summary', label: t('citylab.proposal.summary'), kind: 'textarea', rows: 3, required: true,
      value: p.summary || '' }),
    field(formId, { name: 'approach', label: t('citylab.proposal.approach'), kind: 'textarea', rows: 4,
      required: true, value: p.approach || '' }),
    field(formId, { name: 'team', label: t('citylab.proposal.team'), kind: 'textarea', rows: 2, required: true,
      value: p.team || '' }),
    field(formId, { name: 'sdgTargets', label: t('citylab.sdgTargets'), required: true,
      value: listOf(p.sdgTargets).join(', ') }),
    field(formId, { name: 'expectedOutcome', label: t('citylab.proposal.expectedOutcome'), kind: 'textarea', rows: 2,
      required: true, value: p.expectedOutcome || '' }),
    field(formId, { name: 'costEstimateYen', label: t('citylab.proposal.costEstimateYen'), required: true,
      inputmode: 'numeric', value: p.costEstimateYen === undefined ? '' : String(p.costEstimateYen) }),
    field(formId, { name: 'periodFrom', label: t('citylab.proposal.periodFrom'), type: 'date', required: true,
      value: p.periodFrom || '' }),
    field(formId, { name: 'periodTo', label: t('citylab.proposal.periodTo'), type: 'date', required: true,
      value: p.periodTo || '' }),
  ];
}

function proposalBody(form) {
  const value = (name) => form.elements.namedItem(name).value;
  return { title: value('title'), summary: value('summary'), approach: value('approach'), team: value('team'),
    sdgTargets: targetList(value('sdgTargets')), expectedOutcome: value('expectedOutcome'),
    costEstimateYen: yenValue(value('costEstimateYen')), periodFrom: value('periodFrom') || null,
    periodTo: value('periodTo') || null };
}

async function ownProposal(c, message, reload) {
  const section = h('section', { id: 'own-proposal' });
  let mine = [];
  try {
    mine = (await paged(`/api/citylab/challenges/${c.id}/proposals${query({ page: 0, size: 20 })}`)).items;
  } catch (error) {
    section.append(h('p', { class: 'status error' }, t('common.failed', error.message)));
    return section;
  }
  const open = mine.find((p) => ['SUBMITTED', 'SHORTLISTED', 'ADOPTED'].includes(p.status));
  mine.filter((p) => p !== open).forEach((p) => section.append(h('p', { class: 'past-proposal', 'data-id': p.id },
    p.title, ' ', statusBadge('proposal', p.status), p.declineReason ? ` — ${p.declineReason}` : '')));
  if (open) {
    section.prepend(h('h3', {}, t('citylab.proposal.mine')), h('p', { id: 'own-proposal-state',
      'data-id': open.id, 'data-status': open.status }, open.title, ' ', statusBadge('proposal', open.status)));
    if (open.status !== 'ADOPTED' && c.status === 'PUBLISHED') {
      const form = h('form', { id: 'proposal-form', novalidate: true }, proposalFields('proposal-form', open),
        h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'proposal-save' }, t('citylab.proposal.save')),
          h('button', { type: 'button', class: 'secondary', id: 'proposal-withdraw', onclick: async () => {
            try {
              await api(`/api/citylab/proposals/${open.id}/withdraw`, { method: 'POST' });
              await reload(t('citylab.proposal.withdrawn', open.title));
            } catch (error) {
              setStatus(message, error.message, true);
            }
          } }, t('citylab.proposal.withdraw'))));
      form.addEventListener('submit', async (event) => {
        event.preventDefault();
        clearErrors(form);
        try {
          const saved = await api(`/api/citylab/proposals/${open.id}`, { method: 'PUT', body: proposalBody(form) });
          await reload(t('citylab.proposal.saved', saved.title));
        } catch (error) {
          showProblem(form, error, message);
        }
      });
      section.append(form);
    }
    section.append(await attachmentsPanel({ id: 'proposal-attachments',
      base: `/api/citylab/proposals/${open.id}/attachments`,
      canWrite: ['SUBMITTED', 'SHORTLISTED'].includes(open.status) }));
    return section;
  }
  if (c.status !== 'PUBLISHED') {
    section.append(h('p', { class: 'notice' }, t('citylab.proposal.closed')));
    return section;
  }
  const form = h('form', { id: 'proposal-form', novalidate: true }, proposalFields('proposal-form'),
    h('button', { type: 'submit', id: 'proposal-submit' }, t('citylab.proposal.submit')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    try {
      const submitted = await api(`/api/citylab/challenges/${c.id}/proposals`, { method: 'POST',
        body: proposalBody(form) });
      await reload(t('citylab.proposal.submitted', submitted.title));
    } catch (error) {
      showProblem(form, error, message);
    }
  });
  section.prepend(h('h3', {}, t('citylab.proposal.new')));
  section.append(form);
  return section;
}

async function matching(c, message) {
  const section = h('section', { id: 'matching' });
  try {
    const [matches, invitations] = await Promise.all([
      paged(`/api/citylab/challenges/${c.id}/matches${query({ page: 0, size: 10 })}`),
      paged(`/api/citylab/challenges/${c.id}/invitations${query({ page: 0, size: 50 })}`)]);
    const invited = new Set(invitations.items.map((i) => i.organisationId));
    const names = await Promise.all(invitations.items.map((i) => organisationName(i.organisationId)));
    section.append(h('h3', {}, t('citylab.matches.heading')), matches.items.length ? table({ id: 'matches-table',
      columns: [t('citylab.matches.rank'), t('citylab.matches.organisation'), t('citylab.matches.reason'),
        t('citylab.actions')],
      items: matches.items,
      rowAttributes: (m) => ({ 'data-organisation-id': m.organisationId }),
      cells: (m) => [String(m.rank), h('th', { scope: 'row' }, m.organisationName), m.reason,
        invited.has(m.organisationId) ? '' : h('button', { type: 'button', class: 'invite', onclick: async (e) => {
          e.target.disabled = true;
          try {
            await api(`/api/citylab/challenges/${c.id}/invitations`, { method: 'POST', body: {
              organisationId: m.organisationId, seedId: listOf(m.seeds).length ? listOf(m.seeds)[0].seedId : null } });
            setStatus(message, t('citylab.matches.invited', m.organisationName));
            section.replaceWith(await matching(c, message));
          } catch (error) {
            e.target.disabled = false;
            setStatus(message, error.message, true);
          }
        } }, t('citylab.matches.invite'))] }) : h('p', {}, t('common.empty')),
    h('h3', {}, t('citylab.invitations.heading')), invitations.items.length ? table({ id: 'invitations-table',
      columns: [t('citylab.matches.organisation'), t('citylab.status'), t('citylab.invitations.sentAt')],
      items: invitations.items.map((i, index) => ({ ...i, name: names[index] })),
      cells: (i) => [h('th', { scope: 'row' }, i.name), statusBadge('invitation', i.status), when(i.sentAt)] })
      : h('p', {}, t('common.empty')));
  } catch (error) {
    section.append(h('p', { class: 'status error' }, t('common.failed', error.message)));
  }
  return section;
}

async function renderMyProposals(container, { query: params, isCurrent }) {
  const page = Number(params.get('page')) || 0;
  const message = statusLine('my-proposals-status');
  container.append(h('h2', { tabindex: '-1' }, t('citylab.myProposals.heading')), message);
  try {
    const found = await paged(`/api/citylab/proposals/mine${query({ page, size: 20 })}`);
    if (!isCurrent()) {
      return;
    }
    container.append(table({ id: 'my-proposals-table',
      columns: [t('citylab.proposal.title'), t('citylab.challenge'), t('citylab.status'),
        t('citylab.proposal.submittedAt'), t('citylab.proposal.declineReason')],
      items: found.items,
      rowAttributes: (p) => ({ 'data-id': p.id, 'data-status': p.status }),
      cells: (p) => [h('th', { scope: 'row' }, p.title),
        h('a', { href: `#/citylab/challenges/${p.challengeId}` }, t('citylab.challenge')),
        statusBadge('proposal', p.status), when(p.submittedAt), p.declineReason || ''] }),
    pager(found, (next) => navigate(`/citylab/proposals/mine${query({ page: next })}`)));
    if (!found.items.length) {
      setStatus(message, t('common.empty'));
    }
  } catch (error) {
    setStatus(message, t('common.failed', error.message), true);
  }
}

route({ path: '/citylab/challenges', render: renderChallenges, menu: 'citylab.nav.challenges', group: 'citylab', order: 30 });
route({ path: '/citylab/new', render: renderNewChallenge, roles: ['STAFF'], menu: 'citylab.nav.new', group: 'citylab', order: 31 });
route({ path: '/citylab/challenges/:id', render: renderChallenge, title: 'citylab.challenge' });
route({ path: '/citylab/proposals/mine', render: renderMyProposals, roles: ['MEMBER'],
  menu: 'citylab.nav.myProposals', group: 'citylab', order: 32 });
