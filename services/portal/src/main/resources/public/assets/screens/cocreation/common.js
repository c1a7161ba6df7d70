// Small pieces the co-creation screens share: list fields typed as text, status badges and links.

import { h } from '../../dom.js';
import { has, t } from '../../i18n.js';
import { user } from '../../session.js';
import './texts.js';

/** Every role that can sign in: for screens open to anyone signed in. */
export const SIGNED_IN = ['MEMBER', 'STAFF', 'SECRETARIAT', 'COMMITTEE', 'ADMIN', 'YOUTH'];
export const SECRETARIAT = ['SECRETARIAT', 'ADMIN'];

/** A list typed as text (commas, 、 or spaces between items) as an array; empty text gives an empty array. */
export function splitList(text) {
  return String(text || '').split(/[,、，\s]+/).map((part) => part.trim()).filter(Boolean);
}

export function blankToNull(value) {
  return value === undefined || value === null || String(value).trim() === '' ? null : String(value).trim();
}

/** An enum value as a badge with the co-creation label for it (the raw value when the portal does not know it). */
export function ccBadge(prefix, value) {
  const key = `cocreation.${prefix}.${value}`;
  return h('span', { class: `badge badge-${String(value).toLowerCase()}`, 'data-value': value },
    has(key) ? t(key) : value);
}

export function ccLabel(prefix, value) {
  const key = `cocreation.${prefix}.${value}`;
  return has(key) ? t(key) : value;
}

/** The organisation the signed-in person acts for (the token's `org` claim), or null. */
export function myOrganisationId() {
  const current = user();
  return current && current.org ? current.org : null;
}

export function formatDate(iso) {
  return iso ? String(iso).slice(0, 10) : '';
}

/** SDG targets as small chips. */
export function targets(list) {
  return h('span', { class: 'cc-targets' }, (list || []).map((target) => h('span', { class: 'cc-chip' }, target)));
}
