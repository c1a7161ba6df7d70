// Charts as inline SVG, drawn here so the page needs no chart library. Each chart has a text alternative and every
// value is also printed, so colour is never the only carrier of meaning.

import { addTexts, formatNumber, t } from './i18n.js';

addTexts({
  ja: { 'chart.reportedValues': (values) => `実績: ${values}` },
  en: { 'chart.reportedValues': (values) => `Reported: ${values}` },
});

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

/** The first four-digit year in a sheet period (`2024年（現状値）` → 2024), or null. */
export function yearOf(period) {
  const match = /(\d{4})/.exec(period || '');
  return match ? Number(match[1]) : null;
}

/**
 * One indicator's trend: the values reported so far (the baseline, every approved value in `history`, the latest) as
 * a solid line with a point per year, the straight path from the baseline to the target as a dashed line, and the
 * target as a horizontal line. Answers null when the indicator has no numeric baseline, latest and target with years
 * (qualitative indicators have no trend).
 */
export function trendChart(indicator, { id } = {}) {
  const pointOf = (value) => ({ year: yearOf(value && value.period),
    value: value && value.value !== null && value.value !== '' ? Number(value.value) : NaN });
  const ends = [indicator.baseline, indicator.latest, indicator.targetValue].map(pointOf);
  if (ends.some((point) => point.year === null || Number.isNaN(point.value))) {
    return null;
  }
  const [baseline, latest, target] = ends;
  // One point per year, a later report of the same year replacing an earlier one; values that are not numbers
  // (a statement such as 全校実施) have no place on the line.
  const byYear = new Map();
  [baseline, ...(indicator.history || []).map(pointOf), latest]
    .filter((point) => point.year !== null && !Number.isNaN(point.value))
    .forEach((point) => byYear.set(point.year, point));
  const reported = [...byYear.values()].sort((a, b) => a.year - b.year);
  const first = reported[0];
  const last = reported[reported.length - 1];
  const width = 300;
  const height = 150;
  const pad = { left: 48, right: 12, top: 14, bottom: 24 };
  const years = [...reported, target].map((point) => point.year);
  const values = [...reported, target].map((point) => point.value);
  const firstYear = Math.min(...years);
  const lastYear = Math.max(...years, firstYear + 1);
  const low = Math.min(...values);
  const high = Math.max(...values, low + 1e-9);
  const margin = (high - low) * 0.1 || Math.abs(high) * 0.1 || 1;
  const x = (year) => pad.left + ((year - firstYear) / (lastYear - firstYear)) * (width - pad.left - pad.right);
  const y = (value) => pad.top + (1 - (value - (low - margin)) / (high - low + 2 * margin))
    * (height - pad.top - pad.bottom);
  const unit = indicator.targetValue.unit || '';
  // Every reported value is in the text alternative, since the chart labels only the points it has room for.
  const description = `${t('chart.trendLabel', indicator.name, `${formatNumber(baseline.value)}${unit}`, baseline.year,
    `${formatNumber(latest.value)}${unit}`, latest.year, `${formatNumber(target.value)}${unit}`, target.year)} ${
    t('chart.reportedValues', reported.map((point) => `${point.year} ${formatNumber(point.value)}${unit}`).join(', '))}`;

  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', class: 'chart trend-chart',
    'aria-label': description });
  if (id) {
    chart.setAttribute('id', id);
  }
  chart.append(svg('title', {}, description));
  chart.append(svg('line', { x1: pad.left, x2: width - pad.right, y1: y(target.value), y2: y(target.value),
    class: 'target-line' }));
  const targetText = `${t('chart.targetValue')} ${formatNumber(target.value)}${unit}`;
  // The target's label sits above its line, or below it when the line runs along the top edge.
  const targetY = y(target.value) - 4 < pad.top ? y(target.value) + 12 : y(target.value) - 4;
  chart.append(svg('text', { x: width - pad.right, y: targetY, 'text-anchor': 'end', class: 'target-label' },
    targetText));
  chart.append(svg('line', { x1: x(baseline.year), y1: y(baseline.value), x2: x(target.year), y2: y(target.value),
    class: 'plan-line' }));
  chart.append(svg('polyline', { points: reported.map((point) => `${x(point.year)},${y(point.value)}`).join(' '),
    class: 'trend-line' }));
  reported.forEach((point) => {
    const circle = svg('circle', { cx: x(point.year), cy: y(point.value), r: 4, class: 'trend-point',
      'data-year': point.year });
    circle.append(svg('title', {}, `${point.year}: ${formatNumber(point.value)}${unit}`));
    chart.append(circle);
  });
  // Values are printed only for the latest, the first and the highest and lowest points, each where it overlaps
  // no other label, no point and not the target line; a value with no free place is left to the point's title and
  // the text alternative above. A white halo (portal.css) keeps a label legible where it crosses the trend line.
  const taken = [textBox(width - pad.right, targetY, targetText, 'end'),
    { left: pad.left, right: width - pad.right, top: y(target.value) - 1.5, bottom: y(target.value) + 1.5 },
    ...reported.map((point) => ({ left: x(point.year) - 5, right: x(point.year) + 5, top: y(point.value) - 5,
      bottom: y(point.value) + 5 }))];
  const area = { left: 0, right: width, top: 0, bottom: height - pad.bottom };
  const byValue = [...reported].sort((a, b) => a.value - b.value);
  [...new Set([last, first, byValue[byValue.length - 1], byValue[0]])].forEach((point) => {
    const text = formatNumber(point.value);
    const px = x(point.year);
    const py = y(point.value);
    const anchors = px > width / 2 ? ['end', 'start'] : ['start', 'end'];
    const spots = [py - 7, py + 15].flatMap((ty) => anchors.map((anchor) => ({ tx: px + (anchor === 'start' ? 6 : -6),
      ty, anchor, box: textBox(px + (anchor === 'start' ? 6 : -6), ty, text, anchor) })));
    const free = spots.find((spot) => inside(spot.box, area) && !taken.some((other) => overlaps(spot.box, other)));
    if (free) {
      taken.push(free.box);
      chart.append(svg('text', { x: free.tx, y: free.ty, 'text-anchor': free.anchor, class: 'point-label',
        'data-year': point.year }, text));
    }
  });
  [firstYear, lastYear].forEach((year) => chart.append(svg('text', { x: x(year), y: height - 6,
    'text-anchor': year === firstYear ? 'start' : 'end', class: 'axis-label' }, String(year))));
  chart.append(svg('line', { x1: pad.left, x2: width - pad.right, y1: height - pad.bottom, y2: height - pad.bottom,
    class: 'axis' }));
  return chart;
}

/** The box a label of `text` at (x, y) takes in a 10px chart font: Latin digits about 0.6em wide, Japanese 1em. */
function textBox(x, y, text, anchor, size = 10) {
  const width = [...String(text)].reduce((sum, c) => sum + (c.charCodeAt(0) < 0x2000 ? 0.62 : 1) * size, 0);
  const left = anchor === 'end' ? x - width : x;
  return { left, right: left + width, top: y - size, bottom: y + 2 };
}

function overlaps(a, b) {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function inside(box, area) {
  return box.left >= area.left && box.right <= area.right && box.top >= area.top && box.bottom <= area.bottom;
}
