// How KPI values read on screen, shared by the dashboard and the staff screens.

import { formatNumber, has, t } from '../../i18n.js';
import { h } from '../../dom.js';

/** A sheet value `{period, value, unit}` as one line, e.g. `2024年 58.3 %`. */
export function sheetValue(value) {
  if (!value || value.value === null || value.value === undefined) {
    return '';
  }
  const number = typeof value.value === 'number' ? formatNumber(value.value) : value.value;
  return [value.period, number, value.unit].filter((part) => part !== null && part !== undefined && part !== '')
    .join(' ');
}

export function percent(value) {
  return value === null || value === undefined ? '' : `${formatNumber(value, 1)}%`;
}

/** An enum value as a label, falling back to the raw value for values the portal does not know yet. */
export function label(prefix, value) {
  return has(`${prefix}.${value}`) ? t(`${prefix}.${value}`) : value;
}

export function badge(prefix, value) {
  return h('span', { class: `badge badge-${String(value).toLowerCase()}` }, label(prefix, value));
}

/** The fiscal year (April–March, Asia/Tokyo) of today. */
export function currentFiscalYear() {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: 'numeric' })
    .formatToParts(new Date());
  const year = Number(parts.find((part) => part.type === 'year').value);
  const month = Number(parts.find((part) => part.type === 'month').value);
  return month >= 4 ? year : year - 1;
}

/** The chart items and the indicator table for a list of IndicatorView. */
export function chartItems(indicators) {
  return indicators.map((indicator) => ({ label: indicator.name, value: indicator.computedAchievement,
    status: indicator.status }));
}
