// The executive committee's resolutions (実行委員会の議決) on a call: meeting date, members present, result. The call's
// page lists them for everyone; the secretariat's call page also records a new one from the minutes.

import { api } from '../../api.js';
import { clearErrors, field, h, setStatus, showProblem, statusLine, table } from '../../dom.js';
import { t } from '../../i18n.js';
import './outcomes-texts.js';

/** A section that loads the call's resolutions itself; with `record`, the secretariat's form above the list. */
export function resolutionsSection(callId, { record }) {
  const message = statusLine('fund-resolutions-status');
  const list = h('div', { id: 'fund-resolutions' });
  const section = h('section', { class: 'card', 'aria-labelledby': 'fund-resolutions-heading' },
    h('h3', { id: 'fund-resolutions-heading' }, t('fund.res.heading')), message, list);

  async function load() {
    try {
      const resolutions = await api(`/api/fund/calls/${callId}/resolutions`);
      list.replaceChildren(resolutions.length ? table({ id: 'fund-resolutions-table',
        columns: [t('fund.res.meetingDate'), t('fund.res.membersPresent'), t('fund.res.result')],
        items: resolutions,
        rowAttributes: (r) => ({ 'data-id': r.id }),
        cells: (r) => [r.meetingDate, r.membersPresent.join('、'),
          h('span', { class: 'prewrap' }, r.result)] }) : h('p', {}, t('fund.res.none')));
    } catch (error) {
      setStatus(message, t('common.failed', error.message), true);
    }
  }

  if (record) {
    const formId = 'fund-resolution';
    const form = h('form', { id: formId, novalidate: true },
      field(formId, { name: 'meetingDate', type: 'date', required: true, label: t('fund.res.meetingDate') }),
      field(formId, { name: 'membersPresent', kind: 'textarea', rows: 4, required: true,
        label: t('fund.res.membersPresent'), hint: t('fund.res.membersHint') }),
      field(formId, { name: 'result', kind: 'textarea', rows: 4, required: true, label: t('fund.res.result'),
        hint: t('fund.res.resultHint') }),
      h('button', { type: 'submit', id: 'fund-resolution-submit' }, t('fund.res.record')));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearErrors(form);
      const value = (name) => form.elements.namedItem(name).value;
      try {
        await api(`/api/fund/calls/${callId}/resolutions`, { method: 'POST', body: {
          meetingDate: value('meetingDate') || null,
          membersPresent: value('membersPresent').split(/[\n、,]/).map((name) => name.trim()).filter(Boolean),
          result: value('result') } });
        form.reset();
        setStatus(message, t('fund.res.recorded'));
        await load();
      } catch (error) {
        showProblem(form, error, message);
      }
    });
    section.insertBefore(form, list);
  }
  load();
  return section;
}
