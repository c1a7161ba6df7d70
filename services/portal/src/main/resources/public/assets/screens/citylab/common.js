// Small pieces the City Lab screens share: SDG target lists, yen, dates, labelled status badges.

import { api } from '../../api.js';
import { formatDateTime, formatNumber, t } from '../../i18n.js';
import { h } from '../../dom.js';
import { badge } from '../kpi/format.js';
import './texts.js';

/** "11.2, 3.6 / 17.17" as the list the API expects; full-width commas and spaces are accepted too. */
export function targetList(text) {
  return String(text || '').split(/[,、，\s]+/).map((part) => part.trim()).filter(Boolean);
}

/** A whole-yen amount from a form field: digits only (commas allowed), else the raw text so the server names it. */
export function yenValue(text) {
  const cleaned = String(text || '').replace(/[,，\s円]/g, '');
  if (cleaned === '') {
    return null;
  }
  return /^\d+$/.test(cleaned) ? Number(cleaned) : cleaned;
}

export function yen(amount) {
  return amount === null || amount === undefined ? '' : `${formatNumber(amount)}円`;
}

export function when(iso) {
  return iso ? formatDateTime(iso) : '';
}

export function statusBadge(kind, value) {
  return badge(`citylab.${kind}Status`, value);
}

/** A definition list of label/value pairs, leaving out empty values. */
export function details(id, pairs) {
  return h('dl', { id, class: 'details' }, pairs.filter(([, value]) => value !== null && value !== undefined
    && value !== '' && !(Array.isArray(value) && !value.length))
    .map(([label, value]) => [h('dt', {}, label), h('dd', {}, Array.isArray(value) ? value.join(', ') : value)]));
}

export function yesNo(value) {
  return value ? t('citylab.yes') : t('citylab.no');
}

/**
 * A page from a paged endpoint. The services' JSON leaves out empty lists, so an empty page may come without
 * `items`; every screen reads it as an empty list instead.
 */
export async function paged(path, options) {
  // The options are passed on, so a call that carries a method and body never silently turns into a GET.
  const page = await api(path, options);
  return { ...page, items: (page && page.items) || [] };
}

/** A list property that the JSON may have left out when empty. */
export function listOf(value) {
  return Array.isArray(value) ? value : [];
}
