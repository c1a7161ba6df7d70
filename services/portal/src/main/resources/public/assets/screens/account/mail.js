// Mail screens: each person's mail settings (GET/PUT /accounts/me/mail-preferences) and, in the demo only, the local
// mailbox (GET /local-mailbox?address=), which shows what the embedded SMTP server of ./kyoso up received. Its menu
// entry appears only when the portal answers that endpoint, i.e. in demo mode.

import { api, query } from '../../api.js';
import { clearErrors, field, h, setStatus, showProblem, statusLine } from '../../dom.js';
import { formatDateTime, t } from '../../i18n.js';
import { route } from '../../router.js';
import { user } from '../../session.js';
import './mail-texts.js';

const ALL_ROLES = ['MEMBER', 'STAFF', 'SECRETARIAT', 'COMMITTEE', 'ADMIN', 'YOUTH'];

async function renderSettings(container, { isCurrent }) {
  const status = statusLine('mail-settings-status');
  container.append(h('h2', { tabindex: '-1' }, t('mail.settings.heading')), h('p', {}, t('mail.settings.intro')));
  let settings;
  try {
    settings = await api('/accounts/me/mail-preferences');
  } catch (error) {
    container.append(status);
    setStatus(status, error.message, true);
    return;
  }
  if (!isCurrent()) {
    return;
  }
  container.append(h('p', { id: 'mail-settings-address', class: settings.email ? null : 'notice' },
    settings.email ? t('mail.settings.address', settings.email) : t('mail.settings.noAddress')));
  const form = h('form', { id: 'mail-settings-form', novalidate: true },
    field('mail-settings-form', { name: 'language', label: t('mail.settings.language'), kind: 'select',
      value: settings.language, options: ['ja', 'en'].map((value) => ({ value, label: t(`mail.language.${value}`) })) }),
    h('fieldset', { 'data-field': 'kinds' }, h('legend', {}, t('mail.settings.kinds')),
      settings.kinds.map((setting) => h('label', { class: 'checkbox' },
        h('input', { type: 'checkbox', id: `mail-kind-${setting.kind}`, name: 'kind', value: setting.kind,
          checked: setting.enabled }),
        t(`mail.kind.${setting.kind}`)))),
    h('button', { type: 'submit', id: 'mail-settings-submit' }, t('mail.settings.submit')));
  container.append(form, status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const kinds = [...form.querySelectorAll('input[name="kind"]')]
      .map((box) => ({ kind: box.value, enabled: box.checked }));
    try {
      await api('/accounts/me/mail-preferences', { method: 'PUT',
        body: { language: form.elements.namedItem('language').value, kinds } });
      setStatus(status, t('mail.settings.saved'));
    } catch (error) {
      showProblem(form, error, status);
    }
  });
}

function linksIn(text) {
  return [...new Set(text.match(/https?:\/\/[^\s「」（）()]+/g) || [])];
}

function mailView(mail, index) {
  return h('article', { class: 'mail', id: `mail-${index}` },
    h('h3', {}, mail.subject),
    h('dl', { class: 'details' },
      h('dt', {}, t('mail.mailbox.from')), h('dd', {}, mail.from),
      h('dt', {}, t('mail.mailbox.to')), h('dd', {}, mail.to),
      h('dt', {}, t('mail.mailbox.received')), h('dd', {}, formatDateTime(mail.receivedAt))),
    h('pre', { class: 'prewrap mail-body' }, mail.body),
    linksIn(mail.body).length ? h('nav', { 'aria-label': t('mail.mailbox.links') },
      h('ul', {}, linksIn(mail.body).map((link) => h('li', {}, h('a', { href: link, class: 'mail-link' }, link)))))
      : null);
}

async function renderMailbox(container, { query: params }) {
  const status = statusLine('mailbox-status');
  const list = h('div', { id: 'mailbox-list' });
  container.append(h('h2', { tabindex: '-1' }, t('mail.mailbox.heading')), h('p', {}, t('mail.mailbox.intro')));
  let address = params.get('address') || '';
  if (!address && user()) {
    address = await api('/accounts/me/mail-preferences').then((mine) => mine.email || '', () => '');
  }
  const form = h('form', { id: 'mailbox-form', novalidate: true },
    field('mailbox-form', { name: 'address', label: t('mail.mailbox.address'), type: 'email', required: true,
      value: address, autocomplete: 'email' }),
    h('button', { type: 'submit', id: 'mailbox-submit' }, t('mail.mailbox.submit')));
  container.append(form, status, list);
  const show = async () => {
    clearErrors(form);
    list.replaceChildren();
    try {
      const mails = await api(`/local-mailbox${query({ address: form.elements.namedItem('address').value.trim() })}`);
      setStatus(status, mails.length ? t('mail.mailbox.count', mails.length) : t('mail.mailbox.empty'));
      list.replaceChildren(...mails.map(mailView));
    } catch (error) {
      if (error.status === 404) {
        setStatus(status, t('mail.mailbox.unavailable'), true);
      } else {
        showProblem(form, error, status);
      }
    }
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    show();
  });
  if (address) {
    await show();
  }
}

route({ path: '/settings/mail', render: renderSettings, roles: ALL_ROLES, menu: 'mail.nav.settings', group: 'account',
  order: 95 });
route({ path: '/local-mailbox', render: renderMailbox, title: 'mail.nav.mailbox' });
// The menu entry only where the mailbox exists (demo mode); production answers 404 and shows no entry.
api('/local-mailbox?address=probe%40localhost').then(() => {
  route({ path: '/local-mailbox', render: renderMailbox, menu: 'mail.nav.mailbox', order: 96 });
}, () => {});
