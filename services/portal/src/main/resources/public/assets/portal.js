// The portal's entry module: loads every screen (each registers its route and menu entry), draws the header's menu,
// user and language switch, and renders the screen for the address. Screens for another service are one more
// import below. The data come from /login and /api/kpi/partnership and the other /api/<service>/** routes of this
// origin; this file holds no keys.

import { has, lang, onLangChange, setLang, t } from './i18n.js';
import { h } from './dom.js';
import { drawMenu } from './menu.js';
import { menuEntries, navigate, render, current, restoreInputs, snapshotInputs } from './router.js';
import { onSessionChange, signOut, user } from './session.js';
import './screens/kpi/dashboard.js';
import './screens/cocreation/apply.js';
import './screens/account/login.js';
import './screens/cocreation/organisations.js';
import './screens/kpi/sheets.js';
import './screens/kpi/observations.js';
import './screens/cocreation/seeds.js';
import './screens/cocreation/profile.js';
import './screens/cocreation/my.js';
import './screens/cocreation/issues.js';
import './screens/cocreation/meetings.js';
import './screens/cocreation/youth.js';
import './screens/fund/calls.js';
import './screens/fund/secretariat.js';
import './screens/fund/review.js';
import './screens/fund/money.js';
import './screens/account/sign-up.js';
import './screens/account/settings.js';
import './screens/account/admin.js';
import './screens/citylab/challenges.js';
import './screens/citylab/experiments.js';
import './screens/declarations/public.js';
import './screens/declarations/member.js';
import './screens/declarations/review.js';
import './screens/declarations/complaints.js';
import './screens/account/mail.js';
import './screens/citylab/discovery.js';

function drawChrome() {
  document.documentElement.lang = lang();
  document.querySelectorAll('[data-i18n]').forEach((element) => { element.textContent = t(element.dataset.i18n); });
  const toggle = document.getElementById('lang-toggle');
  toggle.textContent = t('lang.switch');
  toggle.setAttribute('aria-label', t('lang.switchLabel'));
  toggle.setAttribute('lang', lang() === 'ja' ? 'en' : 'ja');

  const { path } = current();
  drawMenu(document.getElementById('menu'), menuEntries(), path);

  const who = document.getElementById('who');
  const signedIn = user();
  who.replaceChildren(...(signedIn
    ? [h('span', { id: 'signed-in-as' }, t('session.signedIn', signedIn.name || signedIn.sub, (signedIn.roles || [])
      .map((role) => (has(`role.${role}`) ? t(`role.${role}`) : role)).join(', '))),
      h('button', { type: 'button', id: 'logout', class: 'link', onclick: () => { signOut(); navigate('/'); } }, t('nav.logout'))]
    : [h('a', { href: '#/login', id: 'login-link' }, t('nav.login'))]));
}

document.getElementById('lang-toggle').addEventListener('click', () => setLang(lang() === 'ja' ? 'en' : 'ja'));
// The screen is redrawn in the new language; what the user had typed is put back (same screen, same control ids).
onLangChange(async () => {
  const typed = snapshotInputs();
  drawChrome();
  await render();
  restoreInputs(typed);
});
onSessionChange(() => drawChrome());
window.addEventListener('hashchange', async () => {
  const address = window.location.hash;
  drawChrome();
  await render();
  // Move keyboard and screen-reader focus to the new screen's heading, as a page load would — unless the person has
  // moved on meanwhile: a slow screen finishing late must not pull the focus out of the form they are typing in.
  if (window.location.hash !== address || document.activeElement?.closest?.('#view form')) {
    return;
  }
  const heading = document.querySelector('#view h2');
  if (heading) {
    heading.focus();
  }
});
drawChrome();
render();
