// Charts as inline SVG, drawn here so the page needs no chart library. Each chart has a text alternative and every
// value is also printed, so colour is never the only carrier of meaning.

import { formatNumber, t } from './i18n.js';

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attributes = {}, text) {
  const element = document.createElementNS(SVG, tag);
  Object.entries(attributes).forEach(([name, value]) => element.setAttribute(name, String(value)));
  if (text !== undefined) {
    element.textContent = text;
  }
  return element;
}

/**
 * Horizontal achievement bars, one per item `{label, value, status}` (value in percent or null), with a dashed line
 * at 100%. The scale runs from the lowest value (at most 0, at least −100) to the highest (at least 120, at most
 * 300); bars beyond it are cut at the edge and still show their real value.
 */
export function achievementBars(items, { id } = {}) {
  const values = items.map((item) => item.value).filter((value) => value !== null && value !== undefined)
    .map(Number);
  const low = Math.max(-100, Math.min(0, ...values));
  const high = Math.min(300, Math.max(120, ...values));
  const labelWidth = 230;
  const plotWidth = 420;
  const valueWidth = 70;
  const rowHeight = 26;
  const top = 22;
  const width = labelWidth + plotWidth + valueWidth;
  const height = top + rowHeight * items.length + 6;
  const x = (value) => labelWidth + ((Math.min(high, Math.max(low, value)) - low) / (high - low)) * plotWidth;

  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', class: 'chart achievement-chart',
    'aria-label': t('chart.label', items.length), preserveAspectRatio: 'xMinYMin meet' });
  if (id) {
    chart.setAttribute('id', id);
  }
  chart.append(svg('title', {}, t('chart.label', items.length)));
  chart.append(svg('line', { x1: x(0), x2: x(0), y1: top - 4, y2: height, class: 'axis' }));

  items.forEach((item, index) => {
    const y = top + index * rowHeight;
    const row = svg('g', { class: 'bar-row', 'data-row': index });
    const name = item.label.length > 18 ? `${item.label.slice(0, 17)}…` : item.label;
    const label = svg('text', { x: labelWidth - 8, y: y + rowHeight / 2 + 4, 'text-anchor': 'end', class: 'bar-label' },
      name);
    label.append(svg('title', {}, item.label));
    row.append(label);
    if (item.value === null || item.value === undefined) {
      row.append(svg('text', { x: x(0) + 4, y: y + rowHeight / 2 + 4, class: 'bar-value' }, t('chart.none')));
    } else {
      const value = Number(item.value);
      const start = Math.min(x(0), x(value));
      const barWidth = Math.max(1, Math.abs(x(value) - x(0)));
      row.append(svg('rect', { x: start, y: y + 5, width: barWidth, height: rowHeight - 10,
        class: `bar ${value >= 100 ? 'bar-reached' : 'bar-' + String(item.status || 'UNKNOWN').toLowerCase()}`,
        'data-value': value }));
      row.append(svg('text', { x: labelWidth + plotWidth + 6, y: y + rowHeight / 2 + 4, class: 'bar-value' },
        `${formatNumber(value, 1)}%`));
    }
    chart.append(row);
  });

  const hundred = x(100);
  chart.append(svg('line', { x1: hundred, x2: hundred, y1: top - 6, y2: height, class: 'target-line' }));
  chart.append(svg('text', { x: hundred, y: 12, 'text-anchor': 'middle', class: 'target-label' }, t('chart.target')));
  return chart;
}
