// The public membership application (co-creation): anyone may apply; the secretariat decides.

import { api } from '../../api.js';
import { clearErrors, field, h, setStatus, showProblem, statusLine } from '../../dom.js';
import { t } from '../../i18n.js';
import { route } from '../../router.js';

export const ORGANISATION_TYPES = ['COMPANY', 'STARTUP', 'SME', 'UNIVERSITY', 'RESEARCH_INSTITUTE', 'NPO',
  'FINANCIAL_INSTITUTION'];

function renderApply(container) {
  const status = statusLine('apply-status');
  const form = h('form', { id: 'apply-form', novalidate: true },
    field('apply-form', { name: 'name', label: t('apply.name'), required: true, autocomplete: 'organization' }),
    field('apply-form', { name: 'organisationType', label: t('apply.type'), kind: 'select', required: true,
      options: [{ value: '', label: t('apply.typeChoose') },
        ...ORGANISATION_TYPES.map((type) => ({ value: type, label: t(`orgType.${type}`) }))] }),
    field('apply-form', { name: 'corporateNumber', label: t('apply.corporateNumber'), inputmode: 'numeric' }),
    field('apply-form', { name: 'contactName', label: t('apply.contactName'), autocomplete: 'name' }),
    field('apply-form', { name: 'contactEmail', label: t('apply.contactEmail'), type: 'email', autocomplete: 'email' }),
    h('button', { type: 'submit', id: 'apply-submit' }, t('apply.submit')));
  container.append(h('h2', { tabindex: '-1' }, t('apply.heading')), h('p', {}, t('apply.intro')), form, status);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const blankToNull = (value) => (value.trim() === '' ? null : value.trim());
    // form.name is the form's own name attribute, so the controls are read through form.elements.
    const value = (name) => form.elements.namedItem(name).value;
    try {
      const organisation = await api('/api/cocreation/organisations', { method: 'POST', body: {
        name: value('name'), organisationType: blankToNull(value('organisationType')),
        corporateNumber: blankToNull(value('corporateNumber')), contactName: blankToNull(value('contactName')),
        contactEmail: blankToNull(value('contactEmail')) } });
      form.reset();
      setStatus(status, t('apply.done', organisation.name));
      status.dataset.organisationId = organisation.id;
    } catch (error) {
      showProblem(form, error, status);
    }
  });
}

route({ path: '/apply', render: renderApply, menu: 'nav.apply', order: 90, guestOnly: true });
