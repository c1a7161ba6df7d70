// A member's SDGs declaration: its status and what to do next, the draft form (commitments per SDG target: goal
// first, then one of its targets), the preview exactly as the directory will show it, submission, renewal and the
// yearly progress report. Every save and submit sends the version the member loaded, so a colleague's save in
// between is reported by the server (409) rather than overwritten.

import { api, query } from '../../api.js';
import { clearErrors, field, h, setStatus, showProblem, statusLine } from '../../dom.js';
import { formatDateTime, t } from '../../i18n.js';
import { navigate, route } from '../../router.js';
import { attachmentsPanel } from '../common/attachments.js';
import { entryView, flagText, statusBadge, termText } from './entry.js';
import { goalOptions, fillSelect, targetOptions } from './public.js';
import { goalOfTarget, sdgGoal } from './sdg.js';
import './texts.js';

const MEMBER = ['MEMBER'];
const SIDES = ['ECONOMY', 'SOCIETY', 'ENVIRONMENT'];
const PUBLIC = ['REGISTERED', 'REPORT_OVERDUE', 'LAPSED', 'REVOKED'];
const REPORTING = ['REGISTERED', 'REPORT_OVERDUE', 'LAPSED'];

/** The organisation's live declaration (one per organisation; a revoked one is history), or null. */
async function ownDeclaration() {
  const answer = await api('/api/declarations?size=20');
  const page = typeof answer === 'string' ? JSON.parse(answer) : answer;
  // The services leave empty lists out of their JSON: no `items` is an empty page.
  const items = Array.isArray(page) ? page : (page && (page.items || []));
  if (!Array.isArray(items)) {
    // An answer of another shape says nothing a member can act on; the console keeps it for whoever debugs.
    console.error('Unexpected answer from GET /api/declarations:', JSON.stringify(answer).slice(0, 500));
    return null;
  }
  return items.find((d) => d.status !== 'REVOKED') || null;
}

async function renderMine(container, { query: params, isCurrent }) {
  const message = statusLine('decl-mine-status');
  const body = h('div', { id: 'decl-mine' });
  container.append(h('h2', { tabindex: '-1' }, t('decl.mine.heading')), message, body);
  let declaration;
  try {
    declaration = await ownDeclaration();
  } catch (error) {
    setStatus(message, t('common.failed', error.message), true);
    return;
  }
  if (!isCurrent()) {
    return;
  }
  if (params.get('submitted')) {
    setStatus(message, t('decl.preview.submitted'));
  }
  if (!declaration) {
    body.replaceChildren(h('p', {}, t('decl.mine.none')),
      h('p', {}, h('a', { href: '#/declarations/mine/edit', id: 'decl-start', class: 'button' }, t('decl.mine.start'))));
    return;
  }
  const flag = flagText(declaration);
  const parts = [
    h('dl', { class: 'decl-summary' },
      h('dt', {}, t('decl.mine.status')), h('dd', { id: 'decl-mine-state', 'data-status': declaration.status },
        statusBadge(declaration)),
      declaration.registrationNumber ? [h('dt', {}, t('decl.col.registrationNumber')),
        h('dd', { id: 'decl-mine-number' }, declaration.registrationNumber)] : null,
      termText(declaration) ? [h('dt', {}, t('decl.col.term')), h('dd', {}, termText(declaration))] : null,
      h('dt', {}, t('decl.col.updatedAt')), h('dd', {}, `${formatDateTime(declaration.updatedAt)} (${declaration.updatedBy})`)),
    flag ? h('p', { class: 'notice decl-flag' }, flag) : null,
  ];
  if (declaration.status === 'RETURNED' && declaration.reviewComment) {
    parts.push(h('div', { class: 'notice', id: 'decl-review-comment' }, h('strong', {}, t('decl.mine.reviewComment')),
      h('p', {}, declaration.reviewComment)));
  }
  if (declaration.status === 'SUBMITTED') {
    parts.push(h('p', {}, t('decl.mine.submittedNote')));
  }
  if (declaration.status === 'REGISTERED') {
    parts.push(h('p', {}, t('decl.mine.registeredNote', declaration.registrationNumber)));
  }
  const actions = h('p', { class: 'decl-actions' });
  if (['DRAFT', 'RETURNED'].includes(declaration.status)) {
    actions.append(h('a', { href: '#/declarations/mine/edit', id: 'decl-edit', class: 'button' }, t('decl.mine.edit')),
      ' ', h('a', { href: '#/declarations/mine/preview', id: 'decl-preview-link', class: 'button' },
        t('decl.mine.preview')));
  }
  if (REPORTING.includes(declaration.status)) {
    actions.append(h('a', { href: '#/declarations/mine/report', id: 'decl-report-link', class: 'button' },
      t('decl.mine.report')), ' ');
  }
  if (['REGISTERED', 'REPORT_OVERDUE', 'LAPSED'].includes(declaration.status)) {
    actions.append(h('button', { type: 'button', class: 'secondary', id: 'decl-renew', onclick: async (event) => {
      event.target.disabled = true;
      try {
        await api(`/api/declarations/${declaration.id}/renew`, { method: 'POST' });
        setStatus(message, t('decl.mine.renewed'));
      } catch (error) {
        setStatus(message, error.message, true);
      } finally {
        event.target.disabled = false;
      }
    } }, t('decl.mine.renew')), ' ');
  }
  if (PUBLIC.includes(declaration.status)) {
    actions.append(h('a', { href: `#/declarations/entry/${declaration.id}`, id: 'decl-public-link' },
      t('decl.mine.publicPage')));
  }
  parts.push(actions, entryView(declaration, 'decl-mine-entry'), await attachmentsPanel({ id: 'decl-evidence',
    base: `/api/declarations/${declaration.id}/evidence`,
    canWrite: ['DRAFT', 'RETURNED', 'REGISTERED', 'REPORT_OVERDUE'].includes(declaration.status) }));
  body.replaceChildren(...parts);
}

/** The sides a set of commitments covers, as the server counts them (goal 17 counts for none). */
function sidesOf(commitments) {
  return new Set(commitments.map((c) => sdgGoal(goalOfTarget(c.target))).filter(Boolean).map((goal) => goal.side));
}

async function renderEdit(container, { isCurrent }) {
  const message = statusLine('decl-edit-status');
  container.append(h('h2', { tabindex: '-1' }, t('decl.edit.heading')), h('p', {}, t('decl.edit.intro')));
  let declaration;
  try {
    declaration = await ownDeclaration();
  } catch (error) {
    container.append(message);
    setStatus(message, t('common.failed', error.message), true);
    return;
  }
  if (!isCurrent()) {
    return;
  }
  if (declaration && !['DRAFT', 'RETURNED'].includes(declaration.status)) {
    container.append(h('p', { class: 'notice' }, t('decl.edit.notEditable', declaration.statusLabel)),
      h('a', { href: '#/declarations/mine' }, t('decl.nav.mine')));
    return;
  }
  const formId = 'decl-form';
  let commitments = declaration ? (declaration.commitments || []).map((c) => ({ ...c, goal: String(c.goal) }))
    : [{ goal: '', target: '', action: '', indicator: '', baseline: '', targetValue: '', targetYear: 2030 }];
  const list = h('div', { class: 'decl-commitments' });
  const sides = h('p', { id: 'decl-sides', 'aria-live': 'polite' });
  const commitmentsField = h('div', { class: 'field decl-commitments-field', 'data-field': 'commitments' },
    h('p', { class: 'field-error', id: `${formId}-commitments-error`, role: 'alert' }), sides, list);
  const form = h('form', { id: formId, novalidate: true },
    field(formId, { name: 'representativeName', label: t('decl.edit.representativeName'), required: true,
      value: declaration ? declaration.representativeName : '', autocomplete: 'name' }),
    field(formId, { name: 'representativeTitle', label: t('decl.edit.representativeTitle'), required: true,
      value: declaration ? declaration.representativeTitle : '', autocomplete: 'organization-title' }),
    field(formId, { name: 'vision', label: t('decl.edit.vision'), kind: 'textarea', rows: 4, required: true,
      value: declaration ? declaration.vision : '' }),
    commitmentsField,
    h('p', {}, h('button', { type: 'button', class: 'secondary', id: 'decl-add', onclick: () => {
      commitments = read();
      commitments.push({ goal: '', target: '', action: '', indicator: '', baseline: '', targetValue: '',
        targetYear: 2030 });
      draw();
      list.querySelector(`#${formId}-c${commitments.length - 1}-goal`).focus();
    } }, t('decl.edit.add'))),
    h('button', { type: 'submit', id: 'decl-save' }, t('decl.edit.save')));
  container.append(form, message);

  function draw() {
    list.replaceChildren(...commitments.map((c, i) => {
      const prefix = `c${i}`;
      const one = (name, options) => {
        const wrapper = field(formId, { name: `${prefix}-${name}`, ...options });
        // Server errors name the request path (commitments[0].action); showProblem finds the field by it.
        wrapper.dataset.field = `commitments[${i}].${name}`;
        return wrapper;
      };
      const goal = field(formId, { name: `${prefix}-goal`, label: t('decl.edit.goal'), kind: 'select', required: true,
        value: c.goal || String(goalOfTarget(c.target) || ''), options: goalOptions('decl.edit.chooseGoal') });
      const target = one('target', { label: t('decl.edit.target'), kind: 'select', required: true, value: c.target,
        options: targetOptions(c.goal || goalOfTarget(c.target), 'decl.edit.chooseTarget') });
      const goalSelect = goal.querySelector('select');
      const targetSelect = target.querySelector('select');
      goalSelect.addEventListener('change', () => {
        fillSelect(targetSelect, targetOptions(goalSelect.value, 'decl.edit.chooseTarget'), '');
        drawSides();
      });
      targetSelect.addEventListener('change', drawSides);
      return h('fieldset', { class: 'decl-commitment', 'data-index': String(i) },
        h('legend', {}, t('decl.edit.commitment', i + 1)),
        h('div', { class: 'two-columns' }, goal, target),
        one('action', { label: t('decl.c.action'), kind: 'textarea', rows: 3, required: true, value: c.action }),
        one('indicator', { label: t('decl.c.indicator'), required: true, value: c.indicator }),
        h('div', { class: 'two-columns' },
          one('baseline', { label: t('decl.c.baseline'), required: true, value: c.baseline }),
          one('targetValue', { label: t('decl.c.targetValue'), required: true, value: c.targetValue }),
          one('targetYear', { label: t('decl.c.targetYear'), type: 'number', required: true,
            value: c.targetYear === null || c.targetYear === undefined ? '' : String(c.targetYear),
            inputmode: 'numeric' })),
        commitments.length > 1 ? h('button', { type: 'button', class: 'secondary', id: `decl-remove-${i}`,
          onclick: () => {
            commitments = read();
            commitments.splice(i, 1);
            draw();
          } }, t('decl.edit.remove', i + 1)) : null);
    }));
    drawSides();
  }

  function drawSides() {
    const covered = sidesOf(read());
    sides.replaceChildren(t('decl.edit.sides'), ' ', ...SIDES.map((side) => h('span', {
      class: `decl-side ${covered.has(side) ? 'covered' : 'missing'}`, 'data-side': side },
    covered.has(side) ? t('decl.edit.sideCovered', t(`decl.side.${side}`))
      : t('decl.edit.sideMissing', t(`decl.side.${side}`)))));
  }

  function read() {
    return [...list.querySelectorAll('fieldset.decl-commitment')].map((fieldset, i) => {
      const value = (name) => fieldset.querySelector(`#${formId}-c${i}-${name}`).value;
      return { goal: value('goal'), target: value('target'), action: value('action'), indicator: value('indicator'),
        baseline: value('baseline'), targetValue: value('targetValue'),
        targetYear: value('targetYear') === '' ? null : Number(value('targetYear')) };
    });
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const value = (name) => form.elements.namedItem(name).value;
    const body = { representativeName: value('representativeName'), representativeTitle: value('representativeTitle'),
      vision: value('vision'), commitments: read().map(({ goal, ...rest }) => rest) };
    const save = form.querySelector('#decl-save');
    save.disabled = true;
    try {
      if (declaration) {
        await api(`/api/declarations/${declaration.id}`, { method: 'PUT',
          body: { ...body, version: declaration.version ?? 0 } });
      } else {
        await api('/api/declarations', { method: 'POST', body });
      }
      setStatus(message, t('decl.edit.saved'));
      navigate('/declarations/mine/preview');
    } catch (error) {
      if (error.status === 403) {
        setStatus(message, t('decl.mine.notApproved'), true);
      } else {
        showProblem(form, error, message);
      }
    } finally {
      save.disabled = false;
    }
  });
  draw();
}

async function renderPreview(container, { isCurrent }) {
  const message = statusLine('decl-preview-status');
  const body = h('div', { id: 'decl-preview' });
  container.append(h('h2', { tabindex: '-1' }, t('decl.preview.heading')), h('p', {}, t('decl.preview.intro')),
    body, message);
  try {
    const declaration = await ownDeclaration();
    if (!isCurrent()) {
      return;
    }
    if (!declaration) {
      navigate('/declarations/mine');
      return;
    }
    const preview = await api(`/api/declarations/${declaration.id}/preview`);
    if (!isCurrent()) {
      return;
    }
    const editable = ['DRAFT', 'RETURNED'].includes(declaration.status);
    const submit = h('button', { type: 'button', id: 'decl-submit', disabled: !preview.readyToSubmit,
      onclick: async () => {
        submit.disabled = true;
        try {
          await api(`/api/declarations/${declaration.id}/submit`, { method: 'POST',
            body: { version: preview.version ?? 0 } });
          setStatus(message, t('decl.preview.submitted'));
          navigate(`/declarations/mine${query({ submitted: '1' })}`);
        } catch (error) {
          submit.disabled = false;
          setStatus(message, [error.message, ...(error.fieldErrors || []).map((e) => e.message)].join(' '), true);
        }
      } }, t('decl.preview.submit'));
    body.replaceChildren(
      h('p', { class: 'notice', id: 'decl-preview-note' }, preview.note),
      entryView(preview.entry, 'decl-preview-entry'),
      (preview.missingSides || []).length ? h('div', { class: 'notice error', id: 'decl-missing-sides', role: 'alert' },
        t('decl.preview.missing'), ' ', (preview.missingSides || []).map((side) => side.label).join('、')) : null,
      editable ? h('p', { class: 'decl-actions' }, submit, ' ',
        h('a', { href: '#/declarations/mine/edit', id: 'decl-back-to-edit' }, t('decl.preview.backToEdit')))
        : h('p', {}, t('decl.preview.notEditable')));
  } catch (error) {
    setStatus(message, t('common.failed', error.message), true);
  }
}

async function renderReport(container, { isCurrent }) {
  const message = statusLine('decl-report-status');
  const body = h('div', { id: 'decl-report' });
  container.append(h('h2', { tabindex: '-1' }, t('decl.report.heading')), body, message);
  try {
    const declaration = await ownDeclaration();
    if (!isCurrent()) {
      return;
    }
    if (!declaration || !REPORTING.includes(declaration.status)) {
      body.replaceChildren(h('p', {}, t('decl.report.notRegistered')),
        h('a', { href: '#/declarations/mine' }, t('decl.nav.mine')));
      return;
    }
    const form = await api(`/api/declarations/${declaration.id}/reports/form`);
    if (!isCurrent()) {
      return;
    }
    if (!form.open) {
      body.replaceChildren(h('p', { class: 'notice', id: 'decl-report-not-open' },
        t('decl.report.notOpen', form.fiscalYear, form.dueOn)), h('a', { href: '#/declarations/mine' },
        t('decl.nav.mine')));
      return;
    }
    const formId = 'decl-report-form';
    const report = h('form', { id: formId, novalidate: true },
      h('p', {}, t('decl.report.intro', form.fiscalYear, form.dueOn)),
      h('div', { class: 'field', 'data-field': 'lines' },
        h('p', { class: 'field-error', id: `${formId}-lines-error`, role: 'alert' }),
        (form.lines || []).map((line, i) => {
          const valueField = field(formId, { name: `l${i}-valueReached`, label: t('decl.report.valueReached'),
            required: true, value: line.valueReached || '' });
          valueField.dataset.field = `lines[${i}].valueReached`;
          const commentField = field(formId, { name: `l${i}-comment`, label: t('decl.report.comment'),
            kind: 'textarea', rows: 2, value: line.comment || '' });
          commentField.dataset.field = `lines[${i}].comment`;
          return h('fieldset', { class: 'decl-commitment', 'data-commitment': line.commitmentId },
            h('legend', {}, `${line.target} — ${line.indicator}`),
            h('p', {}, line.action),
            h('p', { class: 'hint' }, `${t('decl.c.targetValue')}: ${line.targetValue}`),
            valueField, commentField);
        })),
      h('button', { type: 'submit', id: 'decl-report-submit' }, t('decl.report.submit')));
    report.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearErrors(report);
      try {
        await api(`/api/declarations/${declaration.id}/reports`, { method: 'POST', body: {
          fiscalYear: form.fiscalYear,
          lines: (form.lines || []).map((line, i) => ({ commitmentId: line.commitmentId,
            valueReached: report.querySelector(`#${formId}-l${i}-valueReached`).value,
            comment: report.querySelector(`#${formId}-l${i}-comment`).value || null })) } });
        setStatus(message, t('decl.report.filed'));
        navigate('/declarations/mine');
      } catch (error) {
        showProblem(report, error, message);
      }
    });
    body.replaceChildren(report);
  } catch (error) {
    setStatus(message, t('common.failed', error.message), true);
  }
}

route({ path: '/declarations/mine', render: renderMine, roles: MEMBER, menu: 'decl.nav.mine', group: 'decl', order: 25 });
route({ path: '/declarations/mine/edit', render: renderEdit, roles: MEMBER, title: 'decl.edit.heading' });
route({ path: '/declarations/mine/preview', render: renderPreview, roles: MEMBER, title: 'decl.preview.heading' });
route({ path: '/declarations/mine/report', render: renderReport, roles: MEMBER, title: 'decl.report.heading' });
