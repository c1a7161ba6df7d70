// Names instead of ids: organisation names for lists that only carry an organisation id, and the choices for
// pickers (city departments, issues) filled from co-creation's API, so nobody has to paste a UUID into a form.

import { api, query } from '../../api.js';
import { field } from '../../dom.js';
import { addTexts, t } from '../../i18n.js';
import { hasAnyRole, onSessionChange } from '../../session.js';

addTexts({
  ja: {
    'lookup.choose': '選択してください',
    'lookup.noDepartments': '選べる区の部署がありません（承認済みの「区の部署」団体が必要です）。',
    'lookup.similar': (title) => `${title}（似ている課題）`,
    'lookup.noIssues': '統合先にできる受付中の課題がありません。',
  },
  en: {
    'lookup.choose': 'Please choose',
    'lookup.noDepartments': 'No city department to choose (an approved organisation of type “City department” is needed).',
    'lookup.similar': (title) => `${title} (similar issue)`,
    'lookup.noIssues': 'There is no open issue to merge into.',
  },
});

const OFFICE = ['SECRETARIAT', 'ADMIN'];
const names = new Map();
// What one person may read is not what the next may: a sign-in or sign-out forgets the names looked up.
onSessionChange(() => names.clear());

/**
 * The organisation's name, or its id when nobody may tell (an organisation that is not approved, read by someone
 * who is not the secretariat). The secretariat reads the organisation itself; everyone else its public profile.
 */
export function organisationName(id) {
  if (!id) {
    return Promise.resolve('');
  }
  if (!names.has(id)) {
    const path = hasAnyRole(OFFICE) ? `/api/cocreation/organisations/${encodeURIComponent(id)}`
      : `/api/cocreation/organisations/${encodeURIComponent(id)}/profile`;
    names.set(id, api(path).then((o) => (o && o.name) || id).catch(() => id));
  }
  return names.get(id);
}

/** Names for many ids at once (each looked up once per page load), as a Map id → name. */
export async function organisationNames(ids) {
  const unique = [...new Set((ids || []).filter(Boolean))];
  const found = await Promise.all(unique.map((id) => organisationName(id)));
  return new Map(unique.map((id, index) => [id, found[index]]));
}

/**
 * The approved city departments (organisations of type CITY_DEPARTMENT), by name. Only the secretariat may list
 * organisations; the list is read page by page (at most 20 pages of 100).
 */
export async function cityDepartments() {
  const departments = [];
  for (let page = 0; page < 20; page += 1) {
    // eslint-disable-next-line no-await-in-loop
    const found = await api(`/api/cocreation/organisations${query({ status: 'APPROVED', page, size: 100 })}`);
    const items = (found && found.items) || [];
    items.filter((o) => o.organisationType === 'CITY_DEPARTMENT')
      .forEach((o) => { departments.push({ id: o.id, name: o.name }); names.set(o.id, Promise.resolve(o.name)); });
    if (page + 1 >= ((found && found.totalPages) || 0)) {
      break;
    }
  }
  return departments.sort((a, b) => a.name.localeCompare(b.name, 'ja'));
}

/**
 * A labelled select of `departments` (from `cityDepartments()`) for `formId`, named `name` so server errors land
 * next to it; without a list (it could not be read) a text field for the department's id instead.
 */
export function departmentChoice(formId, departments, { name = 'departmentId', label, hint, required = true,
  emptyLabel }) {
  if (!departments) {
    return field(formId, { name, label, hint, required });
  }
  return field(formId, { name, label, required, kind: 'select',
    hint: departments.length ? hint : t('lookup.noDepartments'),
    options: [{ value: '', label: emptyLabel || t('lookup.choose') },
      ...departments.map((d) => ({ value: d.id, label: d.name }))] });
}

/**
 * The issues `issue` may be merged into: the similar ones first (marked), then the other open issues, never itself.
 * Null when they cannot be read.
 */
export async function mergeCandidates(issue) {
  try {
    const [similar, open] = await Promise.all([
      api(`/api/cocreation/issues/similar${query({ text: issue.title })}`),
      api(`/api/cocreation/issues${query({ status: 'OPEN', page: 0, size: 100 })}`)]);
    const seen = new Set([issue.id]);
    const candidates = [];
    (similar || []).forEach((other) => {
      if (!seen.has(other.id) && other.status === 'OPEN') {
        seen.add(other.id);
        candidates.push({ value: other.id, label: t('lookup.similar', other.title) });
      }
    });
    ((open && open.items) || []).forEach((other) => {
      if (!seen.has(other.id)) {
        seen.add(other.id);
        candidates.push({ value: other.id, label: other.title });
      }
    });
    return candidates;
  } catch (error) {
    return null;
  }
}

/** The city departments, or null when they cannot be read (the picker then offers a text field). */
export async function cityDepartmentsOrNull() {
  try {
    return await cityDepartments();
  } catch (error) {
    return null;
  }
}
