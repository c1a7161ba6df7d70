// A hash router (#/path?query): the portal serves one page, so any screen can be bookmarked and reloaded without
// server routes. Screens register themselves with a path, an optional role list and an optional menu entry; a new
// service's screens are one more module calling `route(...)` from portal.js.

import { t } from './i18n.js';
import { hasAnyRole, user } from './session.js';
import { h } from './dom.js';

const routes = [];

/**
 * Registers a screen. `path` may hold `:name` parameters; `render(container, {params, query})` fills the screen
 * (it may be async); `roles` (optional) limits it to signed-in users with one of them; `menu` is the i18n key of its
 * menu entry and `order` its place; `group` (optional, see menu.js) files the entry under its programme's drop-down;
 * `guestOnly` keeps the entry out of the menu once someone is signed in (applying, creating an account).
 */
export function route({ path, render, roles, menu, order = 100, title, group, guestOnly = false }) {
  const pattern = new RegExp(`^${path.replace(/:[a-zA-Z]+/g, '([^/]+)')}$`);
  const names = (path.match(/:[a-zA-Z]+/g) || []).map((name) => name.slice(1));
  routes.push({ path, pattern, names, render, roles, menu, order, title: title || menu, group, guestOnly });
}

/** The menu entries the current user may use, in order. */
export function menuEntries() {
  return routes.filter((r) => r.menu && (!r.roles || hasAnyRole(r.roles)) && !(r.guestOnly && user()))
    .sort((a, b) => a.order - b.order);
}

export function current() {
  const hash = decodeURI(location.hash.replace(/^#/, '')) || '/';
  const [path, search = ''] = hash.split('?');
  return { path: path || '/', query: new URLSearchParams(search) };
}

export function navigate(path) {
  if (location.hash === `#${path}`) {
    render();
  } else {
    location.hash = path;
  }
}

let renderCount = 0;

/** Renders the screen for the current hash into `#view`; stale async renders are dropped. */
export async function render() {
  const view = document.getElementById('view');
  const { path, query } = current();
  const found = routes.map((r) => ({ r, match: r.pattern.exec(path) })).find((candidate) => candidate.match);
  const ticket = ++renderCount;
  const container = h('div', { class: 'screen' });
  view.replaceChildren(container);
  document.dispatchEvent(new CustomEvent('kyoso:route', { detail: { path } }));
  if (!found) {
    container.append(h('h2', { tabindex: '-1' }, t('common.notFound')), h('a', { href: '#/' }, t('common.backHome')));
    return;
  }
  const { r, match } = found;
  document.title = `${t(r.title || 'app.title')} — ${t('app.title')}`;
  if (r.roles && !user()) {
    navigate(`/login?next=${encodeURIComponent(path + (query.toString() ? `?${query}` : ''))}`);
    return;
  }
  if (r.roles && !hasAnyRole(r.roles)) {
    container.append(h('h2', { tabindex: '-1' }, t('common.forbidden')), h('a', { href: '#/' }, t('common.backHome')));
    return;
  }
  const params = Object.fromEntries(r.names.map((name, index) => [name, decodeURIComponent(match[index + 1])]));
  await r.render(container, { params, query, isCurrent: () => ticket === renderCount });
}

/**
 * The values of the controls with an id in `#view` (text, choices, check boxes), so that a redraw of the same screen
 * (the language switch) can put back what the user typed. Passwords and files are left out.
 */
export function snapshotInputs() {
  const values = new Map();
  document.querySelectorAll('#view input[id], #view select[id], #view textarea[id]').forEach((control) => {
    if (control.type === 'password' || control.type === 'file') {
      return;
    }
    values.set(control.id, (control.type === 'checkbox' || control.type === 'radio')
      ? { checked: control.checked } : { value: control.value });
  });
  return values;
}

/** Puts back the values `snapshotInputs` took into the controls of the redrawn screen that have the same ids. */
export function restoreInputs(values) {
  values.forEach((saved, id) => {
    const control = document.getElementById(id);
    if (!control || !control.closest('#view')) {
      return;
    }
    if ('checked' in saved) {
      control.checked = saved.checked;
    } else if (control.tagName !== 'SELECT' || [...control.options].some((option) => option.value === saved.value)) {
      control.value = saved.value;
    }
  });
}
