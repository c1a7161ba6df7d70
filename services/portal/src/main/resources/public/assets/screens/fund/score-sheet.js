// A score sheet on a call's criteria (1–5 and a comment each, and the member's confidence): the committee's
// selection scores and its evaluation of a funded project's final report use the same sheet.

import { field, h } from '../../dom.js';
import { t } from '../../i18n.js';

/** The sheet's fields appended to `form` (ids `<formId>-score-<code>` …), and `body()` for the API's request. */
export function scoreSheet(form, formId, criteria) {
  const choices = [{ value: '', label: t('fund.rev.scoreChoose') },
    ...[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }))];
  criteria.forEach((criterion, index) => {
    const score = field(formId, { name: `score-${criterion.code}`, kind: 'select', required: true,
      label: t('fund.rev.scoreLabel', criterion.name, criterion.weight), options: choices });
    score.dataset.field = `scores[${index}].score`;
    const comment = field(formId, { name: `comment-${criterion.code}`, kind: 'textarea', rows: 2,
      label: t('fund.rev.commentLabel', criterion.name) });
    comment.dataset.field = `scores[${index}].comment`;
    form.append(h('fieldset', { class: 'fund-criterion', 'data-criterion': criterion.code },
      h('legend', {}, criterion.name), score, comment));
  });
  form.append(
    field(formId, { name: 'confidence', kind: 'select', required: true, label: t('fund.rev.confidence'),
      options: choices }),
    // Errors about the sheet as a whole (a criterion without a score) land here.
    h('div', { 'data-field': 'scores' }, h('p', { class: 'field-error', id: `${formId}-scores-error`, role: 'alert' })));
  const number = (name) => {
    const value = form.elements.namedItem(name).value;
    return value === '' ? null : Number(value);
  };
  return () => ({ confidence: number('confidence'),
    scores: criteria.map((c) => ({ criterion: c.code, score: number(`score-${c.code}`),
      comment: form.elements.namedItem(`comment-${c.code}`).value.trim() || null })) });
}
