// The secretariat's review of SDGs declarations: the queue (submitted first; any status, so overdue, lapsed and
// revoked ones can be followed too) and one declaration with register, return with comments (required) and revoke
// with a public reason (required).

import { api, query } from '../../api.js';
import { field, h, pager, setStatus, statusLine, table } from '../../dom.js';
import { formatDateTime, t } from '../../i18n.js';
import { navigate, route } from '../../router.js';
import { attachmentsLoader } from '../common/attachments.js';
import { submitForm } from '../common/forms.js';
import { entryView, flagText, goalChips, statusBadge, termText } from './entry.js';
import './texts.js';

const SECRETARIAT = ['SECRETARIAT', 'ADMIN'];
const STATUSES = ['SUBMITTED', 'RETURNED', 'DRAFT', 'REGISTERED', 'REPORT_OVERDUE', 'LAPSED', 'REVOKED', 'ALL'];
const REVOCABLE = ['REGISTERED', 'REPORT_OVERDUE', 'LAPSED'];

async function renderQueue(container, { query: params, isCurrent }) {
  const status = params.get('status') || 'SUBMITTED';
  const page = Number(params.get('page')) || 0;
  const filter = h('form', { id: 'decl-queue-filter', class: 'inline-form', onsubmit: (e) => e.preventDefault() },
    field('decl-queue-filter', { name: 'status', label: t('decl.filter.status'), kind: 'select', value: status,
      options: STATUSES.map((value) => ({ value, label: t(`decl.status.${value}`) })) }));
  filter.elements.namedItem('status').addEventListener('change', (event) =>
    navigate(`/secretariat/declarations${query({ status: event.target.value })}`));
  const message = statusLine('decl-queue-status');
  const body = h('div', { id: 'decl-queue' });
  container.append(h('h2', { tabindex: '-1' }, t('decl.review.heading')), h('p', {}, t('decl.review.intro')), filter,
    message, body);
  try {
    const found = await api(`/api/declarations${query({ status: status === 'ALL' ? undefined : status, page,
      size: 20 })}`);
    if (!isCurrent()) {
      return;
    }
    body.replaceChildren(table({ id: 'decl-queue-table',
      columns: [t('decl.col.organisation'), t('decl.col.type'), t('decl.col.goals'), t('decl.col.status'),
        t('decl.col.registrationNumber'), t('decl.col.term'), t('decl.col.flags'), t('decl.col.updatedAt')],
      items: found.items || [],
      rowAttributes: (d) => ({ 'data-id': d.id, 'data-status': d.status, 'data-organisation': d.organisationId }),
      cells: (d) => [h('th', { scope: 'row' }, h('a', { href: `#/secretariat/declarations/${d.id}`, class: 'decl-open',
        'aria-label': t('decl.review.open', d.organisationName) }, d.organisationName)),
      d.organisationTypeLabel, goalChips(d.commitments), statusBadge(d), d.registrationNumber || '', termText(d),
      flagText(d), `${formatDateTime(d.updatedAt)} (${d.updatedBy})`] }),
    pager(found, (next) => navigate(`/secretariat/declarations${query({ status, page: next })}`)));
    if (!(found.items || []).length) {
      setStatus(message, t('common.empty'));
    }
  } catch (error) {
    setStatus(message, t('common.failed', error.message), true);
  }
}

async function renderReview(container, { params, isCurrent }) {
  const heading = h('h2', { tabindex: '-1' }, t('decl.review.heading'));
  const message = statusLine('decl-review-status');
  const body = h('div', { id: 'decl-review' });
  container.append(heading, message, body,
    h('p', {}, h('a', { href: '#/secretariat/declarations', id: 'decl-review-back' }, t('decl.review.back'))));

  async function load() {
    const declaration = await api(`/api/declarations/${encodeURIComponent(params.id)}`);
    if (!isCurrent()) {
      return;
    }
    heading.textContent = t('decl.review.detailHeading', declaration.organisationName);
    const parts = [];
    if ((declaration.missingSides || []).length) {
      parts.push(h('p', { class: 'notice error' }, t('decl.review.missingSides',
        (declaration.missingSides || []).map((side) => side.label).join('、'))));
    }
    if (declaration.reviewComment) {
      parts.push(h('div', { class: 'notice' }, h('strong', {}, t('decl.mine.reviewComment')),
        h('p', {}, declaration.reviewComment)));
    }
    if (declaration.status === 'SUBMITTED') {
      parts.push(h('div', { class: 'card decl-decision' }, registerButton(declaration), returnForm(declaration)));
    }
    if (REVOCABLE.includes(declaration.status)) {
      parts.push(h('div', { class: 'card decl-decision' }, revokeForm(declaration)));
    }
    parts.push(entryView(declaration, 'decl-review-entry'));
    parts.push(attachmentsLoader({ id: 'decl-review-evidence', base: `/api/declarations/${declaration.id}/evidence` }));
    body.replaceChildren(...parts);
  }

  function registerButton(declaration) {
    const button = h('button', { type: 'button', id: 'decl-register', class: 'approve', onclick: async () => {
      button.disabled = true;
      try {
        const registered = await api(`/api/declarations/${declaration.id}/register`, { method: 'POST' });
        await load();
        setStatus(message, t('decl.review.registered', registered.registrationNumber));
        message.dataset.registrationNumber = registered.registrationNumber;
      } catch (error) {
        button.disabled = false;
        setStatus(message, error.message, true);
      }
    } }, t('decl.review.register'));
    return h('p', {}, button);
  }

  function returnForm(declaration) {
    const formId = 'decl-return';
    const form = h('form', { id: formId, novalidate: true },
      field(formId, { name: 'comment', label: t('decl.review.returnComment'), kind: 'textarea', rows: 3,
        required: true }),
      h('button', { type: 'submit', class: 'secondary', id: 'decl-return-submit' }, t('decl.review.return')));
    submitForm(form, { message, reload: load, done: t('decl.review.returned'), send: () =>
      api(`/api/declarations/${declaration.id}/return`, { method: 'POST',
        body: { comment: form.elements.namedItem('comment').value } }) });
    return form;
  }

  function revokeForm(declaration) {
    const formId = 'decl-revoke';
    const form = h('form', { id: formId, novalidate: true },
      field(formId, { name: 'publicReason', label: t('decl.review.revokeReason'), kind: 'textarea', rows: 2,
        required: true }),
      h('button', { type: 'submit', class: 'secondary', id: 'decl-revoke-submit' }, t('decl.review.revoke')));
    submitForm(form, { message, reload: load, done: t('decl.review.revoked'), send: () =>
      api(`/api/declarations/${declaration.id}/revoke`, { method: 'POST',
        body: { publicReason: form.elements.namedItem('publicReason').value } }) });
    return form;
  }

  try {
    await load();
  } catch (error) {
    setStatus(message, error.status === 404 ? t('common.notFound') : t('common.failed', error.message), true);
  }
}

route({ path: '/secretariat/declarations', render: renderQueue, roles: SECRETARIAT, menu: 'decl.nav.review', group: 'decl',
  order: 55 });
route({ path: '/secretariat/declarations/:id', render: renderReview, roles: SECRETARIAT,
  title: 'decl.review.heading' });
