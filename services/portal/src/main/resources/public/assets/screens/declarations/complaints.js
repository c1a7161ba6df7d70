// Complaints about SDGs declarants (e.g. SDGs-washing): anyone files one from a declarant's page (name and e-mail
// optional, never published); the secretariat lists them by status, records the investigation and decides the
// outcome (dismissed, remedy required, or revoked with a public reason).

import { api, query } from '../../api.js';
import { clearErrors, field, h, pager, setStatus, showProblem, statusLine, table } from '../../dom.js';
import { formatDateTime, t } from '../../i18n.js';
import { navigate, route } from '../../router.js';
import './texts.js';

const SECRETARIAT = ['SECRETARIAT', 'ADMIN'];
const STATUSES = ['RECEIVED', 'INVESTIGATING', 'DECIDED'];
const OUTCOMES = ['DISMISSED', 'REMEDY_REQUIRED', 'REVOKED'];

/** The public form on a declarant's page, folded until someone opens it. */
export function complaintForm(declarationId) {
  const id = 'complaint-form';
  const line = statusLine(`${id}-status`);
  const form = h('form', { id, novalidate: true },
    h('p', { class: 'hint' }, t('decl.complaint.intro')),
    field(id, { name: 'body', label: t('decl.complaint.body'), kind: 'textarea', rows: 5, required: true }),
    field(id, { name: 'name', label: t('decl.complaint.name'), autocomplete: 'name' }),
    field(id, { name: 'email', label: t('decl.complaint.email'), type: 'email', autocomplete: 'email' }),
    h('button', { type: 'submit', id: 'complaint-submit' }, t('decl.complaint.submit')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const value = (name) => form.elements.namedItem(name).value.trim();
    try {
      const receipt = await api(`/api/declarations/${encodeURIComponent(declarationId)}/complaints`, { method: 'POST',
        body: { body: value('body'), name: value('name') || null, email: value('email') || null } });
      form.reset();
      line.dataset.complaintId = receipt.id;
      setStatus(line, t('decl.complaint.filed', receipt.id));
    } catch (error) {
      showProblem(form, error, line);
    }
  });
  return h('details', { class: 'card', id: 'complaint' }, h('summary', {}, t('decl.complaint.heading')), form, line);
}

async function renderComplaints(container, { query: params, isCurrent }) {
  const status = params.get('status') || 'RECEIVED';
  const page = Number(params.get('page')) || 0;
  const filter = h('form', { id: 'complaints-filter', class: 'inline-form', onsubmit: (e) => e.preventDefault() },
    field('complaints-filter', { name: 'status', label: t('decl.complaints.status'), kind: 'select', value: status,
      options: STATUSES.map((value) => ({ value, label: t(`decl.complaintStatus.${value}`) })) }));
  filter.elements.namedItem('status').addEventListener('change',
    (e) => navigate(`/secretariat/complaints${query({ status: e.target.value })}`));
  const message = statusLine('complaints-status');
  const body = h('div', { id: 'complaints' });
  container.append(h('h2', { tabindex: '-1' }, t('decl.complaints.heading')), h('p', {}, t('decl.complaints.intro')),
    filter, message, body);

  const load = async (at) => {
    try {
      const found = await api(`/api/declarations/complaints${query({ status, page: at, size: 20 })}`);
      if (!isCurrent()) {
        return;
      }
      const items = found.items || [];
      body.replaceChildren(items.length ? h('div', {}, items.map((c) => complaint(c))) : h('p', {}, t('common.empty')),
        pager(found, load));
    } catch (error) {
      setStatus(message, t('common.failed', error.message), true);
    }
  };

  function complaint(c) {
    const card = h('article', { class: 'card', 'data-id': c.id, 'data-status': c.status },
      h('h3', {}, t('decl.complaints.filedAt', formatDateTime(c.filedAt)), ' ',
        h('span', { class: `badge badge-${c.status.toLowerCase()}` }, t(`decl.complaintStatus.${c.status}`))),
      h('p', {}, h('a', { href: `#/secretariat/declarations/${c.declarationId}` }, t('decl.complaints.declaration'))),
      h('p', { class: 'prewrap' }, c.body),
      h('p', { class: 'hint' }, t('decl.complaints.from', c.complainantName || t('decl.complaints.anonymous'),
        c.complainantEmail || '—')),
      c.investigationNote ? h('p', {}, h('strong', {}, t('decl.complaints.investigation')), ' ', c.investigationNote)
        : null,
      c.outcome ? h('p', {}, h('strong', {}, t('decl.complaints.outcome')), ' ',
        t(`decl.complaintOutcome.${c.outcome}`)) : null);
    if (c.status === 'DECIDED') {
      return card;
    }
    if (c.status === 'RECEIVED') {
      const formId = `investigate-${c.id}`;
      const form = h('form', { id: formId, class: 'inline-form', novalidate: true },
        field(formId, { name: 'note', label: t('decl.complaints.investigationNote'), required: true }),
        h('button', { type: 'submit', class: 'secondary' }, t('decl.complaints.investigate')));
      form.addEventListener('submit', async (event) => {
        event.preventDefault();
        clearErrors(form);
        try {
          await api(`/api/declarations/complaints/${c.id}/investigation`, { method: 'POST',
            body: { note: form.elements.namedItem('note').value } });
          setStatus(message, t('decl.complaints.investigated'));
          await load(page);
        } catch (error) {
          showProblem(form, error, message);
        }
      });
      card.append(form);
    }
    const formId = `decide-${c.id}`;
    const decide = h('form', { id: formId, novalidate: true },
      field(formId, { name: 'outcome', label: t('decl.complaints.outcome'), kind: 'select', required: true,
        options: [{ value: '', label: t('decl.complaints.chooseOutcome') },
          ...OUTCOMES.map((value) => ({ value, label: t(`decl.complaintOutcome.${value}`) }))] }),
      field(formId, { name: 'note', label: t('decl.complaints.decisionNote'), kind: 'textarea', rows: 3, required: true }),
      field(formId, { name: 'publicReason', label: t('decl.complaints.publicReason'),
        hint: t('decl.complaints.publicReasonHint'), kind: 'textarea', rows: 2 }),
      h('button', { type: 'submit' }, t('decl.complaints.decide')));
    decide.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearErrors(decide);
      const value = (name) => decide.elements.namedItem(name).value.trim();
      try {
        const decided = await api(`/api/declarations/complaints/${c.id}/decision`, { method: 'POST',
          body: { outcome: value('outcome') || null, note: value('note'), publicReason: value('publicReason') || null } });
        setStatus(message, t('decl.complaints.decided', t(`decl.complaintOutcome.${decided.outcome}`)));
        await load(page);
      } catch (error) {
        showProblem(decide, error, message);
      }
    });
    card.append(h('details', {}, h('summary', {}, t('decl.complaints.decideHeading')), decide));
    return card;
  }
  await load(page);
}

route({ path: '/secretariat/complaints', render: renderComplaints, roles: SECRETARIAT, menu: 'decl.nav.complaints',
  group: 'decl', order: 56 });
