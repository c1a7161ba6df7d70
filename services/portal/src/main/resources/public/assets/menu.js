// The header's menu, grouped per programme: the home link, then one drop-down per programme (a disclosure button with
// aria-expanded and its list of links), one for the person's own account settings, then the entries without a group.
// Secretariat and staff have some twenty entries; flat they ran to three rows, and with Japanese fonts even a single
// account link too many wraps the bar at 1280 px. Below 40rem the whole menu folds behind one "Menu" button (the home
// link stays beside it) and the programmes open in place, one under the other.

import { addTexts, t } from './i18n.js';
import { h } from './dom.js';

/** The programmes a route may name as its `group`, in menu order. */
export const MENU_GROUPS = ['cocreation', 'citylab', 'decl', 'fund', 'kpi', 'admin', 'account'];

addTexts({
  ja: {
    'menu.toggle': 'メニュー',
    'menu.group.cocreation': '共創プラットフォーム',
    'menu.group.citylab': 'City Lab',
    'menu.group.decl': 'SDGs宣言',
    'menu.group.fund': '基金',
    'menu.group.kpi': 'KPI',
    'menu.group.admin': '管理',
    'menu.group.account': 'アカウント',
  },
  en: {
    'menu.toggle': 'Menu',
    'menu.group.cocreation': 'Co-creation',
    'menu.group.citylab': 'City Lab',
    'menu.group.decl': 'SDGs declarations',
    'menu.group.fund': 'Fund',
    'menu.group.kpi': 'KPI',
    'menu.group.admin': 'Administration',
    'menu.group.account': 'My account',
  },
});

function setExpanded(button, open) {
  button.setAttribute('aria-expanded', String(open));
  const controlled = document.getElementById(button.getAttribute('aria-controls'));
  if (controlled) {
    controlled.hidden = !open;
    // A drop-down near the right edge of a narrow window opens leftwards instead of running off the screen.
    controlled.classList.remove('menu-sub-right');
    if (open && controlled.getBoundingClientRect().right > document.documentElement.clientWidth) {
      controlled.classList.add('menu-sub-right');
    }
  }
}

function closeGroups(except) {
  document.querySelectorAll('#menu .menu-group > button[aria-expanded="true"]').forEach((button) => {
    if (button !== except) {
      setExpanded(button, false);
    }
  });
}

function link(entry, path) {
  return h('a', { href: `#${entry.path}`, 'aria-current': entry.path === path ? 'page' : undefined,
    'data-route': entry.path }, t(entry.menu));
}

function group(key, entries, path) {
  const id = `menu-group-${key}`;
  const button = h('button', { type: 'button', id: `${id}-button`, class: 'menu-group-button', 'aria-expanded': 'false',
    'aria-controls': id, 'data-current': entries.some((entry) => entry.path === path) ? 'true' : undefined },
  t(`menu.group.${key}`));
  const list = h('ul', { id, class: 'menu-sub', hidden: true }, entries.map((entry) => h('li', {}, link(entry, path))));
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    closeGroups(button);
    setExpanded(button, open);
  });
  button.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      closeGroups(button);
      setExpanded(button, true);
      list.querySelector('a')?.focus();
    }
  });
  const item = h('li', { class: 'menu-group', 'data-group': key }, button, list);
  // Tabbing out of an open drop-down closes it, so it does not cover the page the keyboard user moved on to.
  item.addEventListener('focusout', (event) => {
    if (event.relatedTarget && !item.contains(event.relatedTarget)) {
      setExpanded(button, false);
    }
  });
  return item;
}

/** Draws the menu for `entries` (the router's `menuEntries()`) into `nav`, marking the entry for `path`. */
export function drawMenu(nav, entries, path) {
  nav.setAttribute('aria-label', t('nav.label'));
  nav.classList.remove('open');
  const home = entries.find((entry) => entry.path === '/');
  const grouped = new Map();
  const items = [];
  entries.filter((entry) => entry !== home).forEach((entry) => {
    if (MENU_GROUPS.includes(entry.group)) {
      grouped.set(entry.group, [...(grouped.get(entry.group) || []), entry]);
    } else {
      items.push({ order: 1000 + entry.order, node: h('li', { class: 'menu-entry' }, link(entry, path)) });
    }
  });
  grouped.forEach((list, key) => items.push({ order: MENU_GROUPS.indexOf(key), node: group(key, list, path) }));
  items.sort((a, b) => a.order - b.order);
  const toggle = h('button', { type: 'button', id: 'menu-toggle', class: 'menu-toggle', 'aria-expanded': 'false',
    'aria-controls': 'menu-items' }, t('menu.toggle'));
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    nav.classList.toggle('open', open);
  });
  nav.replaceChildren(h('div', { class: 'menu-bar' }, home ? link(home, path) : null, toggle),
    h('ul', { id: 'menu-items', class: 'menu-items' }, items.map((item) => item.node)));
}

// Escape closes the open drop-down and gives the focus back to its button; a click elsewhere closes it.
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') {
    return;
  }
  const open = document.activeElement?.closest?.('#menu .menu-group')?.querySelector('button[aria-expanded="true"]');
  if (open) {
    setExpanded(open, false);
    open.focus();
  }
});
document.addEventListener('click', (event) => {
  const inside = event.target.closest?.('#menu .menu-group');
  closeGroups(inside ? inside.querySelector('button') : null);
});
