// The secretariat's actions on a member organisation's standing: suspend with a reason (the organisation reads it),
// reinstate a suspended one, withdraw (final; the reason is optional). Each answer reloads the list, then says what
// was done (after the reload, so that an emptied list's "nothing here" does not replace it).

import { api } from '../../api.js';
import { field, h, setStatus, showProblem } from '../../dom.js';
import { t } from '../../i18n.js';

/** The actions for one row of the organisations list, after the reason of the organisation's current status. */
export function lifecycleActions(organisation, message, reload) {
  const reason = organisation.statusReason || organisation.rejectionReason || '';
  const parts = [reason ? h('p', { class: 'org-status-reason' }, reason) : null];
  if (organisation.status === 'APPROVED') {
    parts.push(reasonForm(organisation, 'suspend', { required: true }, message, reload));
  }
  if (organisation.status === 'SUSPENDED') {
    const reinstate = h('button', { type: 'button', class: 'org-reinstate',
      'aria-label': t('orgs.reinstateLabel', organisation.name),
      onclick: async () => {
        reinstate.disabled = true;
        try {
          await api(`/api/cocreation/organisations/${organisation.id}/reinstate`, { method: 'POST' });
          await reload();
          setStatus(message, t('orgs.reinstated', organisation.name));
        } catch (error) {
          reinstate.disabled = false;
          setStatus(message, t('common.failed', error.message), true);
        }
      } }, t('orgs.reinstate'));
    parts.push(reinstate);
  }
  if (['APPROVED', 'SUSPENDED'].includes(organisation.status)) {
    parts.push(reasonForm(organisation, 'withdraw', { required: false }, message, reload));
  }
  return h('div', { class: 'actions' }, ...parts);
}

function reasonForm(organisation, verb, { required }, message, reload) {
  const formId = `${verb}-${organisation.id}`;
  const form = h('form', { id: formId, class: `org-${verb}-form`, novalidate: true },
    field(formId, { name: 'reason', label: t(`orgs.${verb}ReasonLabel`, organisation.name), required }),
    h('button', { type: 'submit', class: 'secondary' }, t(`orgs.${verb}`)));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = form.elements.namedItem('reason').value.trim();
    try {
      await api(`/api/cocreation/organisations/${organisation.id}/${verb}`, { method: 'POST',
        body: { reason: text || null } });
      await reload();
      setStatus(message, t(`orgs.${verb}Done`, organisation.name));
    } catch (error) {
      showProblem(form, error, message);
    }
  });
  return form;
}
