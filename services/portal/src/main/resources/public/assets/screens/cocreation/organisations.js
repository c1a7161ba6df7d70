// The secretariat's list of membership applications, with approve and reject (a reason is required) per row, and
// of members, with suspend (a reason is required), reinstate and withdraw (organisations-lifecycle.js).

import { api, query } from '../../api.js';
import { field, h, pager, setStatus, showProblem, statusLine, table } from '../../dom.js';
import { formatDateTime, t } from '../../i18n.js';
import { navigate, route } from '../../router.js';
import { badge } from '../kpi/format.js';
import { lifecycleActions } from './organisations-lifecycle.js';
import './organisations-import.js';
import './organisations-texts.js';

const STATUSES = ['PENDING', 'APPROVED', 'SUSPENDED', 'REJECTED', 'WITHDRAWN', 'ALL'];

async function renderOrganisations(container, { query: params, isCurrent }) {
  const status = params.get('status') || 'PENDING';
  const page = Number(params.get('page')) || 0;
  const filter = h('form', { id: 'orgs-filter', class: 'inline-form', onsubmit: (e) => e.preventDefault() },
    field('orgs-filter', { name: 'status', label: t('orgs.status'), kind: 'select', value: status,
      options: STATUSES.map((value) => ({ value, label: t(`status.${value}`) })) }));
  filter.status.addEventListener('change', () => navigate(`/secretariat/organisations${query({ status: filter.status.value })}`));
  const message = statusLine('orgs-status');
  const body = h('div', { id: 'orgs' });
  container.append(h('h2', { tabindex: '-1' }, t('orgs.heading')),
    h('p', {}, h('a', { href: '#/secretariat/organisations/import', id: 'orgs-import-link' }, t('orgs.importLink'))),
    filter, message, body);

  async function load() {
    try {
      const found = await api(`/api/cocreation/organisations${query({ status: status === 'ALL' ? undefined : status,
        page, size: 20 })}`);
      if (!isCurrent()) {
        return;
      }
      // co-creation leaves an empty list out of the page (serde's default NON_EMPTY), as after the last suspended
      // member is reinstated.
      const items = found.items || [];
      body.replaceChildren(table({ id: 'orgs-table',
        columns: [t('orgs.name'), t('orgs.type'), t('orgs.corporateNumber'), t('orgs.contact'), t('orgs.appliedAt'),
          t('orgs.status'), t('orgs.actions')],
        items,
        rowAttributes: (organisation) => ({ 'data-id': organisation.id, 'data-status': organisation.status }),
        cells: (organisation) => [h('th', { scope: 'row' }, organisation.name), organisation.organisationTypeLabel,
          organisation.corporateNumber || '', [organisation.contactName, organisation.contactEmail].filter(Boolean).join(' / '),
          formatDateTime(organisation.appliedAt), badge('status', organisation.status),
          organisation.status === 'PENDING' ? actions(organisation)
            : lifecycleActions(organisation, message, load)] }),
      pager(found, (next) => navigate(`/secretariat/organisations${query({ status, page: next })}`)));
      if (!items.length) {
        setStatus(message, t('common.empty'));
      }
    } catch (error) {
      setStatus(message, t('common.failed', error.message), true);
    }
  }

  function actions(organisation) {
    const formId = `reject-${organisation.id}`;
    const reject = h('form', { id: formId, class: 'reject-form', novalidate: true },
      field(formId, { name: 'reason', label: t('orgs.reasonLabel', organisation.name), required: true }),
      h('button', { type: 'submit', class: 'secondary' }, t('orgs.reject')));
    reject.addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        await api(`/api/cocreation/organisations/${organisation.id}/reject`, { method: 'POST',
          body: { reason: reject.reason.value } });
        setStatus(message, t('orgs.rejected', organisation.name));
        await load();
      } catch (error) {
        showProblem(reject, error, message);
      }
    });
    const approve = h('button', { type: 'button', class: 'approve', 'aria-label': t('orgs.approveLabel', organisation.name),
      onclick: async () => {
        approve.disabled = true;
        try {
          await api(`/api/cocreation/organisations/${organisation.id}/approve`, { method: 'POST' });
          setStatus(message, t('orgs.approved', organisation.name));
          await load();
        } catch (error) {
          approve.disabled = false;
          setStatus(message, t('common.failed', error.message), true);
        }
      } }, t('orgs.approve'));
    return h('div', { class: 'actions' }, approve, reject);
  }

  await load();
}

route({ path: '/secretariat/organisations', render: renderOrganisations, roles: ['SECRETARIAT', 'ADMIN'],
  menu: 'nav.organisations', group: 'admin', order: 50 });
