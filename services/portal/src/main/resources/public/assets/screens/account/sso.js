// Single sign-on through the city's identity provider: the sign-in screen's button (only when the portal says it is
// configured, GET /sso), the reason when the provider's round trip was refused, and the landing screen that exchanges
// the single-use code the portal's redirect put in the address for the portal's token (POST /sso/token).

import { api } from '../../api.js';
import { h } from '../../dom.js';
import { t } from '../../i18n.js';
import { navigate, route } from '../../router.js';
import { signIn } from '../../session.js';
import './sso-texts.js';

const NEXT_KEY = 'kyoso.sso.next';
const REASONS = ['sso_rejected', 'sso_no_role', 'sso_no_department', 'disabled'];

/** The sign-in screen's part: the refusal of a previous attempt, and the button once the portal says SSO is on. */
export function ssoSignIn(query) {
  const reason = query.get('sso');
  const box = h('div', { id: 'sso' },
    reason ? h('p', { id: 'sso-refused', class: 'error', role: 'alert' },
      t(REASONS.includes(reason) ? `sso.${reason}` : 'sso.failed')) : null);
  api('/sso').then((status) => {
    if (!status || !status.enabled) {
      return;
    }
    const button = h('a', { href: status.loginUrl, id: 'sso-login', class: 'button' },
      status.label || t('sso.button'));
    button.addEventListener('click', () => {
      // The provider's round trip leaves this page; where to go afterwards waits in this tab.
      const next = query.get('next');
      if (next && next.startsWith('/')) {
        sessionStorage.setItem(NEXT_KEY, next);
      } else {
        sessionStorage.removeItem(NEXT_KEY);
      }
    });
    box.append(h('p', { class: 'sso-or' }, t('sso.or')), button);
  }).catch(() => {});
  return box;
}

async function renderLanding(container, { query }) {
  const status = h('p', { id: 'sso-status', role: 'status' }, t('sso.working'));
  container.append(h('h2', { tabindex: '-1' }, t('sso.heading')), status);
  const code = query.get('code');
  // The code is single-use, but it has no business staying in the address bar or the history.
  history.replaceState(null, '', '#/sso');
  try {
    const answer = await api('/sso/token', { method: 'POST', body: { code } });
    signIn(answer.access_token);
    const next = sessionStorage.getItem(NEXT_KEY);
    sessionStorage.removeItem(NEXT_KEY);
    navigate(next && next.startsWith('/') ? next : '/');
  } catch (error) {
    status.textContent = t('sso.failed');
    status.classList.add('error');
    container.append(h('a', { href: '#/login', id: 'sso-again' }, t('sso.again')));
  }
}

route({ path: '/sso', render: renderLanding, title: 'sso.heading' });
