// ADMIN: the programme's accounts (/api/admin/accounts). Create staff bound to an approved city department,
// secretariat, committee members and administrators (the generated initial password is shown once, to hand over);
// change roles; deactivate and reactivate. Every change asks why: the audit trail keeps it with who made it.

import { api, query } from '../../api.js';
import { clearErrors, field, h, pager, setStatus, showProblem, statusLine, table } from '../../dom.js';
import { formatDateTime, t } from '../../i18n.js';
import { navigate, route } from '../../router.js';
import { cityDepartments, departmentChoice } from '../common/lookups.js';
import './settings-texts.js';

const MANAGED = ['STAFF', 'SECRETARIAT', 'COMMITTEE', 'ADMIN'];

function roleChoice(formId, checked = []) {
  return h('fieldset', { class: 'roles', 'data-field': 'roles', id: `${formId}-roles` },
    h('legend', {}, t('admin.accounts.roles')),
    MANAGED.map((role) => h('label', { class: 'choice' },
      h('input', { type: 'checkbox', name: 'roles', value: role, checked: checked.includes(role),
        id: `${formId}-role-${role}` }), ' ', t(`role.${role}`))),
    h('p', { class: 'field-error', id: `${formId}-roles-error`, role: 'alert' }));
}

function chosenRoles(form) {
  return [...form.querySelectorAll('input[name="roles"]:checked')].map((box) => box.value);
}

async function departments() {
  try {
    return await cityDepartments();
  } catch (error) {
    return null;
  }
}

function createForm(choices, onCreated) {
  const status = statusLine('account-create-status');
  const form = h('form', { id: 'account-create', novalidate: true },
    field('account-create', { name: 'username', label: t('admin.accounts.username'), required: true }),
    field('account-create', { name: 'displayName', label: t('admin.accounts.displayName'), required: true }),
    field('account-create', { name: 'email', label: t('admin.accounts.email'), type: 'email', required: true }),
    roleChoice('account-create'),
    departmentChoice('account-create', choices, { name: 'organisationId', label: t('admin.accounts.department'),
      required: false, emptyLabel: t('admin.accounts.noDepartment') }),
    field('account-create', { name: 'reason', label: t('admin.accounts.reason'), required: true }),
    h('button', { type: 'submit', id: 'account-create-submit' }, t('admin.accounts.createSubmit')));
  const result = h('div', { id: 'account-created' });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const value = (name) => form.elements.namedItem(name).value.trim();
    try {
      const created = await api('/api/admin/accounts', { method: 'POST', body: { username: value('username'),
        displayName: value('displayName'), email: value('email'), roles: chosenRoles(form),
        organisationId: value('organisationId') || null, reason: value('reason') } });
      form.reset();
      setStatus(status, '');
      result.replaceChildren(h('p', { class: 'notice' }, t('admin.accounts.created', created.username)),
        h('p', {}, h('code', { id: 'account-initial-password', 'data-username': created.username },
          created.initialPassword)));
      onCreated();
    } catch (error) {
      showProblem(form, error, status);
    }
  });
  return h('section', { 'aria-labelledby': 'account-create-heading' },
    h('h3', { id: 'account-create-heading' }, t('admin.accounts.create')), form, status, result);
}

/** One row's change form: roles (with the department) or deactivate / reactivate, each with its reason. */
function actionsFor(account, choices, reload) {
  const id = `account-${account.id}`;
  const status = statusLine(`${id}-status`);
  const form = h('form', { id: `${id}-form`, class: 'row-actions', novalidate: true, hidden: true });
  const open = (kind) => {
    clearErrors(form);
    form.replaceChildren(
      kind === 'roles' ? roleChoice(`${id}-form`, account.roles) : null,
      kind === 'roles' ? departmentChoice(`${id}-form`, choices, { name: 'organisationId',
        label: t('admin.accounts.department'), required: false, emptyLabel: t('admin.accounts.noDepartment') })
        : null,
      field(`${id}-form`, { name: 'reason', label: t('admin.accounts.reason'), required: true }),
      h('button', { type: 'submit', class: 'account-apply' }, t('admin.accounts.apply')));
    if (kind === 'roles' && account.organisationId && form.elements.namedItem('organisationId')) {
      form.elements.namedItem('organisationId').value = account.organisationId;
    }
    form.dataset.kind = kind;
    form.hidden = false;
    form.elements.namedItem('reason').focus();
  };
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const reason = form.elements.namedItem('reason').value.trim();
    try {
      if (form.dataset.kind === 'roles') {
        const organisation = form.elements.namedItem('organisationId');
        await api(`/api/admin/accounts/${account.id}/roles`, { method: 'PUT', body: { roles: chosenRoles(form),
          organisationId: (organisation && organisation.value) || null, reason } });
      } else if (form.dataset.kind === 'initial-password') {
        const issued = await api(`/api/admin/accounts/${account.id}/initial-password`, { method: 'POST',
          body: { reason } });
        reload(t('admin.accounts.issued', issued.username, issued.initialPassword));
        return;
      } else {
        const path = form.dataset.kind === 'second-factor' ? 'second-factor/remove' : form.dataset.kind;
        await api(`/api/admin/accounts/${account.id}/${path}`, { method: 'POST', body: { reason } });
      }
      reload(t('admin.accounts.done'));
    } catch (error) {
      showProblem(form, error, status);
    }
  });
  return h('div', {},
    h('button', { type: 'button', class: 'account-roles', onclick: () => open('roles') },
      t('admin.accounts.changeRoles')), ' ',
    account.active
      ? h('button', { type: 'button', class: 'account-deactivate', onclick: () => open('deactivate') },
        t('admin.accounts.deactivate'))
      : h('button', { type: 'button', class: 'account-reactivate', onclick: () => open('reactivate') },
        t('admin.accounts.reactivate')), ' ',
    h('button', { type: 'button', class: 'account-initial-password', onclick: () => open('initial-password') },
      t('admin.accounts.issue')),
    account.totpEnabled ? [' ', h('button', { type: 'button', class: 'account-second-factor',
      onclick: () => open('second-factor') }, t('admin.accounts.removeTotp'))] : null,
    form, status);
}

async function renderAccounts(container, { query: params, isCurrent }) {
  const q = params.get('q') || '';
  const page = Number(params.get('page') || 0);
  const status = statusLine('accounts-status');
  const search = h('form', { id: 'accounts-search', role: 'search' },
    field('accounts-search', { name: 'q', label: t('admin.accounts.search'), value: q }),
    h('button', { type: 'submit' }, t('admin.accounts.searchSubmit')));
  search.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(`/admin/accounts${query({ q: search.elements.namedItem('q').value.trim() })}`);
  });
  const list = h('div', { id: 'accounts-list' });
  container.append(h('h2', { tabindex: '-1' }, t('admin.accounts.heading')), h('p', {}, t('admin.accounts.intro')),
    search, status, list);
  const choices = await departments();
  if (!isCurrent()) {
    return;
  }
  const load = async (message) => {
    try {
      const found = await api(`/api/admin/accounts${query({ q, page, size: 20 })}`);
      list.replaceChildren(table({ id: 'accounts-table', caption: t('admin.accounts.table'),
        columns: [t('admin.accounts.username'), t('admin.accounts.displayName'), t('admin.accounts.roles'),
          t('admin.accounts.status'), t('admin.accounts.actions')],
        items: found.items,
        rowAttributes: (account) => ({ 'data-username': account.username }),
        cells: (account) => [account.username,
          [account.displayName, account.email ? h('br') : null, account.email || ''],
          [account.roles.map((role) => t(`role.${role}`)).join('・'),
            account.organisationName ? ` (${account.organisationName})` : ''],
          [t(account.active ? 'admin.accounts.active' : 'admin.accounts.inactive'),
            account.mustChangePassword ? ` · ${t('admin.accounts.mustChange')}` : '',
            account.totpEnabled ? ` · ${t('admin.accounts.totpOn')}` : '',
            account.createdAt ? h('br') : null, account.createdAt ? formatDateTime(account.createdAt) : ''],
          actionsFor(account, choices, load)] }),
      pager(found, (next) => navigate(`/admin/accounts${query({ q, page: next })}`)));
      setStatus(status, message || '');
    } catch (error) {
      setStatus(status, error.message, true);
    }
  };
  container.insertBefore(createForm(choices, () => load()), list);
  await load();
}

route({ path: '/admin/accounts', render: renderAccounts, roles: ['ADMIN'], menu: 'account.nav.admin',
  group: 'admin', order: 49 });
