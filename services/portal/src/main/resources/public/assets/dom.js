// Small helpers to build accessible markup without a framework: elements, labelled form fields with an error slot
// each, a live status line, tables and a pager.

import { t } from './i18n.js';

/** Creates `<tag>` with attributes (`on<event>` become listeners, `class`, `for`, data-*, aria-*) and children. */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value === undefined || value === null || value === false) {
      return;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (name === 'class') {
      element.className = value;
    } else if (name in element && !name.includes('-') && typeof value !== 'string') {
      element[name] = value;
    } else {
      element.setAttribute(name, value === true ? '' : value);
    }
  });
  append(element, children);
  return element;
}

function append(element, children) {
  children.flat(Infinity).forEach((child) => {
    if (child === undefined || child === null || child === false) {
      return;
    }
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  });
}

/**
 * A labelled control with a slot for its server error (`#<form>-<name>-error`, referenced by aria-describedby).
 * `kind` is `input` (default), `select` (with `options` [{value, label}]) or `textarea`.
 */
export function field(formId, { name, label, kind = 'input', type = 'text', required = false, options = [],
  value = '', autocomplete, rows, inputmode, hint }) {
  const id = `${formId}-${name}`;
  const errorId = `${id}-error`;
  const hintId = hint ? `${id}-hint` : undefined;
  const common = { id, name, 'aria-describedby': [hintId, errorId].filter(Boolean).join(' '),
    'aria-required': required ? 'true' : undefined, autocomplete, inputmode };
  let control;
  if (kind === 'select') {
    control = h('select', common, options.map((option) =>
      h('option', { value: option.value, selected: option.value === value }, option.label)));
  } else if (kind === 'textarea') {
    control = h('textarea', { ...common, rows: String(rows || 8), spellcheck: 'false' });
    control.value = value;
  } else {
    control = h('input', { ...common, type });
    control.value = value;
  }
  return h('div', { class: 'field', 'data-field': name },
    h('label', { for: id }, label, required ? h('span', { class: 'required' }, t('common.required')) : null),
    hint ? h('p', { class: 'hint', id: hintId }, hint) : null,
    control,
    h('p', { class: 'field-error', id: errorId, role: 'alert' }));
}

/** Clears every field error and the form's status line. */
export function clearErrors(form) {
  form.querySelectorAll('.field-error').forEach((slot) => { slot.textContent = ''; });
  form.querySelectorAll('[aria-invalid]').forEach((control) => control.removeAttribute('aria-invalid'));
}

/**
 * Shows a failed call: each problem+json field error next to its field (matched by the request property path, or
 * its last part), everything else in `statusLine`. Focuses the first invalid field so keyboard users land on it.
 */
export function showProblem(form, error, statusLine) {
  clearErrors(form);
  const unmatched = [];
  error.fieldErrors.forEach((fieldError) => {
    const wrapper = fieldFor(form, fieldError.field);
    if (!wrapper) {
      unmatched.push(fieldError.message);
      return;
    }
    const slot = wrapper.querySelector('.field-error');
    slot.textContent = slot.textContent ? `${slot.textContent} / ${fieldError.message}` : fieldError.message;
    const control = wrapper.querySelector('input, select, textarea');
    control.setAttribute('aria-invalid', 'true');
  });
  const summary = error.fieldErrors.length && !unmatched.length ? t('common.fieldErrors')
    : [error.message, ...unmatched].join(' ');
  setStatus(statusLine, summary, true);
  // The first invalid field in reading order, whatever order the server listed the errors in.
  const first = form.querySelector('[aria-invalid="true"]');
  if (first) {
    first.focus();
  }
}

function fieldFor(form, path) {
  if (!path) {
    return null;
  }
  const exact = form.querySelector(`[data-field="${CSS.escape(path)}"]`);
  if (exact) {
    return exact;
  }
  const last = path.split('.').pop().replace(/\[\d+\]$/, '');
  return form.querySelector(`[data-field="${CSS.escape(last)}"]`);
}

/** A polite live region for results and errors of a screen. */
export function statusLine(id) {
  return h('p', { id, class: 'status', role: 'status', 'aria-live': 'polite' });
}

export function setStatus(line, text, isError = false) {
  line.textContent = text || '';
  line.classList.toggle('error', Boolean(isError));
}

/** A table with a caption, header cells from `columns` and one row per item from `cells(item)`. */
export function table({ id, caption, columns, items, cells, rowAttributes }) {
  return h('div', { class: 'table-wrap' },
    h('table', { id },
      caption ? h('caption', {}, caption) : null,
      h('thead', {}, h('tr', {}, columns.map((column) => h('th', { scope: 'col' }, column)))),
      h('tbody', {}, items.map((item) => h('tr', rowAttributes ? rowAttributes(item) : {},
        cells(item).map((cell) => ((cell instanceof Node && cell.tagName === 'TH') ? cell : h('td', {}, cell))))))));
}

/** Previous / next buttons for a PageResponse `{page, totalPages, totalItems}`; `go(page)` loads another page. */
export function pager(page, go) {
  const pages = Math.max(1, page.totalPages);
  return h('nav', { class: 'pager', 'aria-label': t('common.page', page.page + 1, pages, page.totalItems) },
    h('button', { type: 'button', disabled: page.page <= 0, onclick: () => go(page.page - 1) }, t('common.previous')),
    h('span', {}, t('common.page', page.page + 1, pages, page.totalItems)),
    h('button', { type: 'button', disabled: page.page + 1 >= pages, onclick: () => go(page.page + 1) },
      t('common.next')));
}
