// City Lab beyond challenges: the public list of collaboration projects, the test-field catalogue (staff list
// fields), and field-experiment proposals (members propose, the secretariat asks host departments, their staff
// accept or decline with a reason).

import { api, query } from '../../api.js';
import { clearErrors, field, h, pager, setStatus, showProblem, statusLine, table } from '../../dom.js';
import { t } from '../../i18n.js';
import { navigate, route } from '../../router.js';
import { hasAnyRole, user } from '../../session.js';
import { details, listOf, paged, statusBadge, targetList, yesNo } from './common.js';
import { currentFiscalYear, label } from '../kpi/format.js';
import { attachmentsLoader } from '../common/attachments.js';
import { cityDepartmentsOrNull, departmentChoice, organisationName, organisationNames } from '../common/lookups.js';

async function renderProjects(container, { query: params, isCurrent }) {
  const fiscalYear = params.get('fiscalYear') || '';
  const status = params.get('status') || '';
  const page = Number(params.get('page')) || 0;
  const go = (changes) => navigate(`/citylab/projects${query({ fiscalYear, status, ...changes })}`);
  const thisYear = currentFiscalYear();
  const filter = h('form', { id: 'projects-filter', class: 'inline-form', onsubmit: (e) => e.preventDefault() },
    field('projects-filter', { name: 'fiscalYear', label: t('citylab.projects.fiscalYear'), kind: 'select',
      value: fiscalYear, options: [{ value: '', label: t('citylab.projects.allYears') },
        ...[0, 1, 2, 3, 4].map((back) => String(thisYear - back)).map((year) => ({ value: year,
          label: t('dashboard.fiscalYearOption', year) }))] }),
    field('projects-filter', { name: 'status', label: t('citylab.status'), kind: 'select', value: status,
      options: [{ value: '', label: t('citylab.allStatuses') }, ...['ACTIVE', 'COMPLETED'].map((value) => ({ value,
        label: t(`citylab.projectStatus.${value}`) }))] }));
  filter.elements.namedItem('fiscalYear').addEventListener('change', (e) => go({ fiscalYear: e.target.value, page: undefined }));
  filter.elements.namedItem('status').addEventListener('change', (e) => go({ status: e.target.value, page: undefined }));
  const message = statusLine('projects-status');
  container.append(h('h2', { tabindex: '-1' }, t('citylab.projects.heading')), filter, message);
  try {
    const found = await paged(`/api/citylab/projects${query({ fiscalYear, status, page, size: 20 })}`);
    if (!isCurrent()) {
      return;
    }
    container.append(table({ id: 'projects-table',
      columns: [t('citylab.title'), t('citylab.projects.origin'), t('citylab.projects.fiscalYear'),
        t('citylab.projects.startedOn'), t('citylab.status'), t('citylab.targets'), t('citylab.projects.resultReport')],
      items: found.items,
      rowAttributes: (p) => ({ 'data-id': p.id }),
      cells: (p) => [h('th', { scope: 'row' }, h('a', { href: `#/citylab/projects/${p.id}`, class: 'project-link' },
        p.title)),
      label('citylab.projectOrigin', p.origin), t('dashboard.fiscalYearOption', p.fiscalYear), p.startedOn,
      statusBadge('project', p.status), listOf(p.sdgTargets).join(', '), p.resultReport || ''] }),
    pager(found, (next) => go({ page: next })));
    if (!found.items.length) {
      setStatus(message, t('common.empty'));
    }
  } catch (error) {
    setStatus(message, t('common.failed', error.message), true);
  }
}

/**
 * One collaboration project: its partners and department by name, its result report once completed, and for the
 * secretariat or the project's department the form that completes it with a short public result report.
 */
async function renderProject(container, { params, query: search, isCurrent }) {
  const message = statusLine('project-status');
  let p;
  try {
    p = await api(`/api/citylab/projects/${encodeURIComponent(params.id)}`);
  } catch (error) {
    container.append(h('h2', { tabindex: '-1' }, t('citylab.project.heading')), message);
    setStatus(message, t('common.failed', error.message), true);
    return;
  }
  const partners = await organisationNames(listOf(p.partnerOrganisationIds));
  const department = p.departmentId ? await organisationName(p.departmentId) : '';
  if (!isCurrent()) {
    return;
  }
  const me = user();
  const responsible = p.status === 'ACTIVE' && (hasAnyRole(['SECRETARIAT', 'ADMIN'])
    || (hasAnyRole(['STAFF']) && me && me.org && me.org === p.departmentId));
  container.append(h('h2', { tabindex: '-1' }, p.title),
    h('p', { id: 'project-state', 'data-status': p.status }, statusBadge('project', p.status)), message,
    details('project-details', [[t('citylab.projects.origin'), label('citylab.projectOrigin', p.origin)],
      [t('citylab.projects.fiscalYear'), t('dashboard.fiscalYearOption', p.fiscalYear)],
      [t('citylab.projects.startedOn'), p.startedOn],
      [t('citylab.period'), p.periodFrom ? `${p.periodFrom} – ${p.periodTo || ''}` : ''],
      [t('citylab.project.department'), department],
      [t('citylab.project.partners'), [...partners.values()]],
      [t('citylab.targets'), listOf(p.sdgTargets)],
      [t('citylab.project.completedOn'), p.completedOn || '']]),
    p.challengeId ? h('p', {}, h('a', { href: `#/citylab/challenges/${p.challengeId}`, id: 'project-challenge' },
      t('citylab.project.challenge'))) : null,
    p.resultReport ? h('section', { id: 'project-report', class: 'card' },
      h('h3', {}, t('citylab.projects.resultReport')), h('p', { class: 'prewrap' }, p.resultReport)) : null);
  if (responsible) {
    const formId = 'complete-form';
    const form = h('form', { id: formId, class: 'card', novalidate: true },
      h('h3', {}, t('citylab.project.completeHeading')),
      field(formId, { name: 'resultReport', label: t('citylab.projects.resultReport'), kind: 'textarea', rows: 6,
        required: true, hint: t('citylab.project.completeHint') }),
      h('button', { type: 'submit', id: 'complete-submit' }, t('citylab.project.complete')));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearErrors(form);
      try {
        const done = await api(`/api/citylab/projects/${p.id}/complete`, { method: 'POST',
          body: { resultReport: form.elements.namedItem('resultReport').value } });
        navigate(`/citylab/projects/${done.id}?completed=1`);
      } catch (error) {
        showProblem(form, error, message);
      }
    });
    container.append(form);
  }
  if (p.status === 'COMPLETED' && search.get('completed')) {
    setStatus(message, t('citylab.project.completed', p.title));
  }
}

async function renderTestFields(container, { query: params, isCurrent }) {
  const page = Number(params.get('page')) || 0;
  const message = statusLine('fields-status');
  const list = h('div', { id: 'fields' });
  container.append(h('h2', { tabindex: '-1' }, t('citylab.fields.heading')), message, list);
  if (hasAnyRole(['STAFF'])) {
    const form = h('form', { id: 'field-form', novalidate: true },
      field('field-form', { name: 'name', label: t('citylab.fields.name'), required: true }),
      field('field-form', { name: 'facilityType', label: t('citylab.fields.facilityType'), required: true }),
      field('field-form', { name: 'area', label: t('citylab.fields.area'), required: true }),
      field('field-form', { name: 'description', label: t('citylab.fields.description'), kind: 'textarea', rows: 3,
        required: true }),
      field('field-form', { name: 'dataAvailable', label: t('citylab.fields.dataAvailable') }),
      h('label', { class: 'checkbox' }, h('input', { type: 'checkbox', name: 'residentMonitors',
        id: 'field-form-residentMonitors' }), t('citylab.fields.residentMonitors')),
      h('button', { type: 'submit', id: 'field-submit' }, t('citylab.fields.submit')));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearErrors(form);
      const value = (name) => form.elements.namedItem(name).value;
      try {
        const added = await api('/api/citylab/test-fields', { method: 'POST', body: { name: value('name'),
          facilityType: value('facilityType'), area: value('area'), description: value('description'),
          dataAvailable: value('dataAvailable') || null,
          residentMonitors: form.elements.namedItem('residentMonitors').checked } });
        form.reset();
        setStatus(message, t('citylab.fields.added', added.name));
        await load(0);
      } catch (error) {
        showProblem(form, error, message);
      }
    });
    container.append(h('h3', {}, t('citylab.fields.add')), form);
  }
  async function load(at) {
    try {
      const found = await paged(`/api/citylab/test-fields${query({ page: at, size: 20 })}`);
      if (!isCurrent()) {
        return;
      }
      list.replaceChildren(table({ id: 'fields-table',
        columns: [t('citylab.fields.name'), t('citylab.fields.facilityType'), t('citylab.fields.area'),
          t('citylab.fields.description'), t('citylab.fields.dataAvailable'), t('citylab.fields.residentMonitors')],
        items: found.items,
        rowAttributes: (f) => ({ 'data-id': f.id }),
        cells: (f) => [h('th', { scope: 'row' }, f.name), f.facilityType, f.area, f.description,
          f.dataAvailable || '', yesNo(f.residentMonitors)] }),
      pager(found, load));
    } catch (error) {
      setStatus(message, t('common.failed', error.message), true);
    }
  }
  await load(page);
}

async function renderExperiments(container, { query: params, isCurrent }) {
  const page = Number(params.get('page')) || 0;
  const me = user();
  const message = statusLine('experiments-status');
  const list = h('div', { id: 'experiments' });
  container.append(h('h2', { tabindex: '-1' }, t('citylab.experiments.heading')), message);
  if (hasAnyRole(['MEMBER']) && me.org) {
    container.append(await proposalForm(message, () => load(0)));
  }
  container.append(list);
  const departments = hasAnyRole(['SECRETARIAT', 'ADMIN']) ? await cityDepartmentsOrNull() : null;
  let hostNames = new Map();

  async function load(at) {
    try {
      const found = await paged(`/api/citylab/experiments${query({ page: at, size: 20 })}`);
      hostNames = await organisationNames(found.items.flatMap((e) => listOf(e.hosts).map((host) => host.departmentId)));
      if (!isCurrent()) {
        return;
      }
      list.replaceChildren(...found.items.map((e) => experiment(e)), pager(found, load));
      if (!found.items.length) {
        list.prepend(h('p', {}, t('common.empty')));
      }
    } catch (error) {
      setStatus(message, t('common.failed', error.message), true);
    }
  }

  function experiment(e) {
    const box = h('article', { class: 'card', 'data-id': e.id, 'data-status': e.status },
      h('h3', {}, e.title, ' ', statusBadge('experiment', e.status)),
      details(`experiment-${e.id}`, [[t('citylab.experiments.hypothesis'), e.hypothesis],
        [t('citylab.fields.facilityType'), e.facilityType], [t('citylab.fields.area'), e.area],
        [t('citylab.experiments.dataNeeded'), e.dataNeeded], [t('citylab.period'), `${e.periodFrom} – ${e.periodTo}`],
        [t('citylab.experiments.risksAndSafety'), e.risksAndSafety],
        [t('citylab.experiments.personalDataHandling'), e.personalDataHandling], [t('citylab.targets'), listOf(e.sdgTargets)],
        [t('citylab.fields.residentMonitors'), yesNo(e.residentMonitors)]]),
      listOf(e.hosts).length ? h('ul', { class: 'hosts' }, listOf(e.hosts).map((host) => h('li', {},
        `${t('citylab.experiments.hosts')}: ${hostNames.get(host.departmentId) || host.departmentId} — ${
          label('citylab.hostStatus', host.status)}`,
        host.reason ? ` (${host.reason})` : ''))) : null,
      attachmentsLoader({ id: `experiment-${e.id}-attachments`, base: `/api/citylab/experiments/${e.id}/attachments`,
        canWrite: Boolean(me && me.org === e.organisationId) && ['PROPOSED', 'HOSTS_ASSIGNED'].includes(e.status) }));
    if (hasAnyRole(['SECRETARIAT', 'ADMIN']) && ['PROPOSED', 'HOSTS_ASSIGNED'].includes(e.status)) {
      const formId = `host-${e.id}`;
      const form = h('form', { id: formId, class: 'inline-form', novalidate: true },
        departmentChoice(formId, departments, { label: t('citylab.experiments.department') }),
        h('button', { type: 'submit' }, t('citylab.experiments.assignHost')));
      form.addEventListener('submit', async (event) => {
        event.preventDefault();
        try {
          const changed = await api(`/api/citylab/experiments/${e.id}/hosts`, { method: 'POST',
            body: { departmentId: form.elements.namedItem('departmentId').value.trim() || null } });
          setStatus(message, t('citylab.experiments.done', e.title, label('citylab.experimentStatus', changed.status)));
          await load(0);
        } catch (error) {
          showProblem(form, error, message);
        }
      });
      box.append(form);
    }
    const mine = hasAnyRole(['STAFF']) && listOf(e.hosts).find((host) => host.departmentId === me.org
      && host.status === 'ASSIGNED');
    if (mine && e.status === 'HOSTS_ASSIGNED') {
      const formId = `experiment-decline-${e.id}`;
      const decline = h('form', { id: formId, class: 'reject-form', novalidate: true },
        field(formId, { name: 'reason', label: t('citylab.experiments.reasonLabel', e.title), required: true }),
        h('button', { type: 'submit', class: 'secondary' }, t('citylab.experiments.decline')));
      const answer = async (action, body, form) => {
        try {
          const changed = await api(`/api/citylab/experiments/${e.id}/${action}`, { method: 'POST', body });
          setStatus(message, t('citylab.experiments.done', e.title, label('citylab.experimentStatus', changed.status)));
          await load(0);
        } catch (error) {
          if (form) {
            showProblem(form, error, message);
          } else {
            setStatus(message, error.message, true);
          }
        }
      };
      decline.addEventListener('submit', (event) => {
        event.preventDefault();
        answer('decline', { reason: decline.elements.namedItem('reason').value }, decline);
      });
      box.append(h('div', { class: 'actions' }, h('button', { type: 'button', class: 'approve',
        onclick: () => answer('accept') }, t('citylab.experiments.accept')), decline));
    }
    return box;
  }
  await load(page);
}

async function proposalForm(message, reload) {
  let fields = [];
  try {
    fields = (await paged(`/api/citylab/test-fields${query({ page: 0, size: 100 })}`)).items;
  } catch (error) {
    // The catalogue is optional here: the experiment can be proposed without pointing at a field.
  }
  const formId = 'experiment-form';
  const form = h('form', { id: formId, novalidate: true },
    field(formId, { name: 'title', label: t('citylab.proposal.title'), required: true }),
    field(formId, { name: 'hypothesis', label: t('citylab.experiments.hypothesis'), kind: 'textarea', rows: 3,
      required: true }),
    field(formId, { name: 'facilityType', label: t('citylab.fields.facilityType'), required: true }),
    field(formId, { name: 'area', label: t('citylab.fields.area'), required: true }),
    field(formId, { name: 'dataNeeded', label: t('citylab.experiments.dataNeeded') }),
    h('label', { class: 'checkbox' }, h('input', { type: 'checkbox', name: 'residentMonitors',
      id: `${formId}-residentMonitors` }), t('citylab.fields.residentMonitors')),
    field(formId, { name: 'periodFrom', label: t('citylab.proposal.periodFrom'), type: 'date', required: true }),
    field(formId, { name: 'periodTo', label: t('citylab.proposal.periodTo'), type: 'date', required: true }),
    field(formId, { name: 'risksAndSafety', label: t('citylab.experiments.risksAndSafety'), kind: 'textarea', rows: 3,
      required: true }),
    field(formId, { name: 'personalDataHandling', label: t('citylab.experiments.personalDataHandling'),
      kind: 'textarea', rows: 3, required: true }),
    field(formId, { name: 'sdgTargets', label: t('citylab.sdgTargets'), required: true }),
    field(formId, { name: 'testFieldId', label: t('citylab.experiments.testField'), kind: 'select',
      options: [{ value: '', label: t('citylab.experiments.noField') },
        ...fields.map((f) => ({ value: f.id, label: `${f.name}（${f.area}）` }))] }),
    h('button', { type: 'submit', id: 'experiment-submit' }, t('citylab.experiments.submit')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const value = (name) => form.elements.namedItem(name).value;
    try {
      const proposed = await api('/api/citylab/experiments', { method: 'POST', body: { title: value('title'),
        hypothesis: value('hypothesis'), facilityType: value('facilityType'), area: value('area'),
        dataNeeded: value('dataNeeded') || null, residentMonitors: form.elements.namedItem('residentMonitors').checked,
        periodFrom: value('periodFrom') || null, periodTo: value('periodTo') || null,
        risksAndSafety: value('risksAndSafety'), personalDataHandling: value('personalDataHandling'),
        sdgTargets: targetList(value('sdgTargets')), testFieldId: value('testFieldId') || null } });
      form.reset();
      setStatus(message, t('citylab.experiments.proposed', proposed.title));
      await reload();
    } catch (error) {
      showProblem(form, error, message);
    }
  });
  return h('section', {}, h('h3', {}, t('citylab.experiments.new')), form);
}

route({ path: '/citylab/projects', render: renderProjects, menu: 'citylab.nav.projects', group: 'citylab', order: 33 });
route({ path: '/citylab/projects/:id', render: renderProject, title: 'citylab.project.heading' });
route({ path: '/citylab/test-fields', render: renderTestFields, menu: 'citylab.nav.testFields', group: 'citylab', order: 34 });
route({ path: '/citylab/experiments', render: renderExperiments, roles: ['MEMBER', 'STAFF', 'SECRETARIAT', 'ADMIN'],
  menu: 'citylab.nav.experiments', group: 'citylab', order: 35 });
