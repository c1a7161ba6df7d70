// How the fund's figures read on screen: whole yen with separators, scores kept in hundredths by the service.

import { formatDateTime, formatNumber, t } from '../../i18n.js';
import './texts.js';

/** A whole-yen amount, e.g. `1,500,000円` (ja) or `¥1,500,000` (en). */
export function yen(amount) {
  return amount === null || amount === undefined ? '' : t('fund.yen', formatNumber(amount));
}

/** A score the service keeps in hundredths of a point, e.g. 345 → `3.45`. */
export function points(hundredths) {
  return hundredths === null || hundredths === undefined ? '' : formatNumber(hundredths / 100, 2);
}

export function period(call) {
  return `${formatDateTime(call.opensAt)} – ${formatDateTime(call.closesAt)}`;
}

/**
 * A yen amount typed by a user, separators and units tolerated (`1,500,000円`); null when empty or not a whole
 * number, so the server answers with its own message next to the field.
 */
export function parseYen(text) {
  const cleaned = String(text || '').replace(/[,，、\s円¥￥]/g, '');
  return /^\d+$/.test(cleaned) ? Number(cleaned) : null;
}
