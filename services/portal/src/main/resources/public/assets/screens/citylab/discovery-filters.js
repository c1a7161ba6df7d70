// The search controls the discovery screens share: a keyword box and the goal-then-target picker (the target choices
// follow the chosen goal, as in the declarations directory), read back into the address so a search can be linked.

import { field } from '../../dom.js';
import { t } from '../../i18n.js';
import { fillSelect, goalOptions, targetOptions } from '../declarations/public.js';
import './discovery-texts.js';

/** The keyword, goal and target fields of `formId`, the target list refilled when the goal changes. */
export function keywordAndSdgFields(formId, current, { target = true } = {}) {
  const keyword = field(formId, { name: 'q', label: t('discovery.keyword'), type: 'search', value: current.q || '' });
  const goal = field(formId, { name: 'goal', label: t('discovery.goal'), kind: 'select', value: current.goal || '',
    options: goalOptions('discovery.anyGoal') });
  if (!target) {
    return [keyword, goal];
  }
  const targets = field(formId, { name: 'target', label: t('discovery.target'), kind: 'select',
    value: current.target || '', options: targetOptions(current.goal, 'discovery.anyTarget') });
  goal.querySelector('select').addEventListener('change', (event) =>
    fillSelect(targets.querySelector('select'), targetOptions(event.target.value, 'discovery.anyTarget'), ''));
  return [keyword, goal, targets];
}

/** The named controls' trimmed values of `form`, for the address. */
export function formValues(form, names) {
  return Object.fromEntries(names.map((name) => [name, form.elements.namedItem(name).value.trim()]));
}
