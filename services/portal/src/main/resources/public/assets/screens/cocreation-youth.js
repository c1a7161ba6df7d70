// Youth policy proposals (若者政策提案): public themes and ideas (authors appear only by nickname and school year —
// the participants are minors); the secretariat opens and closes themes, records an idea's presentation to the
// mayor, and enrols participants (the one screen with real names, secretariat only).

import { api, query } from '../api.js';
import { clearErrors, field, h, pager, setStatus, showProblem, statusLine, table } from '../dom.js';
import { formatDateTime, t } from '../i18n.js';
import { navigate, route } from '../router.js';
import { hasAnyRole } from '../session.js';
import { blankToNull, ccBadge, ccLabel, SECRETARIAT } from './cocreation-common.js';

const SCHOOL_YEARS = ['JHS_1', 'JHS_2', 'JHS_3', 'HS_1', 'HS_2', 'HS_3'];

async function renderThemes(container, { query: params, isCurrent }) {
  const page = Number(params.get('page')) || 0;
  const message = statusLine('themes-status');
  const body = h('div', { id: 'themes' });
  container.append(h('h2', { tabindex: '-1' }, t('cocreation.youth.heading')), h('p', {}, t('cocreation.youth.intro')));
  if (hasAnyRole(SECRETARIAT)) {
    const form = h('form', { id: 'theme-form', novalidate: true },
      field('theme-form', { name: 'title', label: t('cocreation.youth.themeTitle'), required: true }),
      field('theme-form', { name: 'description', label: t('cocreation.youth.description'), kind: 'textarea', rows: 3,
        required: true }),
      h('button', { type: 'submit', id: 'theme-submit' }, t('cocreation.youth.openTheme')));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearErrors(form);
      try {
        await api('/api/cocreation/youth/themes', { method: 'POST', body: { title: form.elements.namedItem('title').value,
          description: form.elements.namedItem('description').value } });
        navigate('/youth');
      } catch (error) {
        showProblem(form, error, message);
      }
    });
    container.append(h('p', {}, h('a', { href: '#/secretariat/youth/participants' }, t('cocreation.youth.participants'))),
      h('details', { class: 'card' }, h('summary', {}, t('cocreation.youth.openTheme')), form));
  }
  container.append(message, body);
  try {
    const found = await api(`/api/cocreation/youth/themes${query({ page, size: 20 })}`);
    if (!isCurrent()) {
      return;
    }
    body.replaceChildren(table({ id: 'themes-table', columns: [t('cocreation.youth.themeTitle'),
      t('cocreation.youth.description'), t('cocreation.people.status'), t('cocreation.youth.createdAt')], items: (found.items || []),
    rowAttributes: (theme) => ({ 'data-id': theme.id }),
    cells: (theme) => [h('th', { scope: 'row' }, h('a', { href: `#/youth/themes/${theme.id}` }, theme.title)),
      theme.description, theme.open ? t('cocreation.youth.open') : t('cocreation.youth.closed'), formatDateTime(theme.createdAt)] }),
    pager(found, (next) => navigate(`/youth${query({ page: next })}`)));
  } catch (error) {
    setStatus(message, t('common.failed', error.message), true);
  }
}

async function renderTheme(container, { params, query: search, isCurrent }) {
  const message = statusLine('theme-status');
  const page = Number(search.get('page')) || 0;
  const base = `/api/cocreation/youth/themes/${encodeURIComponent(params.id)}`;
  try {
    const [theme, ideas] = await Promise.all([api(base), api(`${base}/ideas${query({ page, size: 20 })}`)]);
    if (!isCurrent()) {
      return;
    }
    const secretariat = hasAnyRole(SECRETARIAT);
    if (search.get('submitted')) {
      setStatus(message, t('cocreation.youth.ideaSubmitted'));
    }
    container.append(h('h2', { tabindex: '-1' }, theme.title),
      h('p', {}, theme.open ? t('cocreation.youth.open') : t('cocreation.youth.closed')),
      h('p', { class: 'cc-text' }, theme.description),
      secretariat && theme.open ? h('button', { type: 'button', class: 'secondary', id: 'theme-close', onclick: async () => {
        try {
          await api(`${base}/close`, { method: 'POST' });
          navigate(`/youth/themes/${theme.id}`);
        } catch (error) {
          setStatus(message, error.message, true);
        }
      } }, t('cocreation.youth.close')) : null,
      message,
      hasAnyRole(['YOUTH']) && theme.open ? ideaForm(theme, base) : null,
      h('h3', {}, t('cocreation.youth.ideas', ideas.totalItems)),
      (ideas.items || []).length ? h('ul', { class: 'cc-ideas', id: 'ideas' }, (ideas.items || []).map((idea) => h('li', { class: 'card' },
        h('h4', {}, idea.title), h('p', { class: 'cc-when' },
          t('cocreation.youth.author', idea.authorNickname, idea.authorSchoolYearLabel), ' · ', formatDateTime(idea.submittedAt),
          ' ', ccBadge('ideaStatus', idea.status)),
        h('p', { class: 'cc-text' }, idea.body),
        idea.outcome ? h('p', { class: 'notice' }, t('cocreation.youth.outcome'), ' ', idea.outcome) : null,
        secretariat && idea.status === 'SUBMITTED' ? presentForm(idea, () => navigate(`/youth/themes/${theme.id}`)) : null)))
        : h('p', {}, t('common.empty')),
      ideas.totalPages > 1 ? pager(ideas, (next) => navigate(`/youth/themes/${theme.id}${query({ page: next })}`)) : null,
      h('p', {}, h('a', { href: '#/youth' }, t('cocreation.youth.back'))));
  } catch (error) {
    container.append(h('h2', { tabindex: '-1' }, t('cocreation.youth.heading')), message);
    setStatus(message, error.status === 404 ? t('cocreation.common.notFound') : t('common.failed', error.message), true);
  }
}

/** An enrolled student's idea on an open theme (title and text; the author appears by nickname only). */
function ideaForm(theme, base) {
  const id = 'idea-form';
  const line = statusLine(`${id}-status`);
  const form = h('form', { id, class: 'card', novalidate: true }, h('h3', {}, t('cocreation.youth.ideaHeading')),
    h('p', { class: 'hint' }, t('cocreation.youth.ideaHint')),
    field(id, { name: 'title', label: t('cocreation.youth.ideaTitle'), required: true }),
    field(id, { name: 'body', label: t('cocreation.youth.ideaBody'), kind: 'textarea', rows: 6, required: true }),
    h('button', { type: 'submit', id: 'idea-submit' }, t('cocreation.youth.submitIdea')), line);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    try {
      await api(`${base}/ideas`, { method: 'POST', body: { title: form.elements.namedItem('title').value,
        body: form.elements.namedItem('body').value } });
      navigate(`/youth/themes/${theme.id}${query({ submitted: 1 })}`);
    } catch (error) {
      showProblem(form, error, line);
    }
  });
  return form;
}

function presentForm(idea, done) {
  const id = `present-${idea.id}`;
  const line = statusLine(`${id}-status`);
  const form = h('form', { id, class: 'inline-form', novalidate: true },
    field(id, { name: 'outcome', label: t('cocreation.youth.outcome'), required: true }),
    h('button', { type: 'submit', class: 'secondary' }, t('cocreation.youth.present')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    try {
      await api(`/api/cocreation/youth/ideas/${idea.id}/presentation`, { method: 'POST',
        body: { outcome: form.elements.namedItem('outcome').value } });
      done();
    } catch (error) {
      showProblem(form, error, line);
    }
  });
  return h('div', {}, form, line);
}

async function renderParticipants(container, { query: params, isCurrent }) {
  const page = Number(params.get('page')) || 0;
  const id = 'youth-form';
  const message = statusLine('youth-status');
  const body = h('div', { id: 'participants' });
  const form = h('form', { id, novalidate: true },
    field(id, { name: 'userId', label: t('cocreation.youth.userId'), required: true, hint: t('cocreation.youth.userIdHint') }),
    field(id, { name: 'nickname', label: t('cocreation.youth.nickname'), required: true }),
    field(id, { name: 'schoolYear', label: t('cocreation.youth.schoolYear'), kind: 'select', required: true,
      options: [{ value: '', label: t('apply.typeChoose') }, ...SCHOOL_YEARS.map((value) => ({ value,
        label: ccLabel('schoolYear', value) }))] }),
    field(id, { name: 'realName', label: t('cocreation.youth.realName') }),
    field(id, { name: 'guardianContact', label: t('cocreation.youth.guardianContact') }),
    h('button', { type: 'submit', id: 'youth-submit' }, t('cocreation.youth.enrol')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const value = (name) => blankToNull(form.elements.namedItem(name).value);
    try {
      await api('/api/cocreation/youth/participants', { method: 'POST', body: { userId: value('userId'),
        nickname: value('nickname'), schoolYear: value('schoolYear'), realName: value('realName'),
        guardianContact: value('guardianContact') } });
      form.reset();
      navigate('/secretariat/youth/participants');
    } catch (error) {
      showProblem(form, error, message);
    }
  });
  container.append(h('h2', { tabindex: '-1' }, t('cocreation.youth.participants')),
    h('p', { class: 'notice' }, t('cocreation.youth.privacy')), form, message, body);
  try {
    const found = await api(`/api/cocreation/youth/participants${query({ page, size: 20 })}`);
    if (!isCurrent()) {
      return;
    }
    body.replaceChildren(table({ id: 'participants-table', columns: [t('cocreation.youth.nickname'),
      t('cocreation.youth.schoolYear'), t('cocreation.youth.realName'), t('cocreation.youth.guardianContact'),
      t('cocreation.youth.createdAt')], items: (found.items || []),
    cells: (p) => [h('th', { scope: 'row' }, p.nickname), ccLabel('schoolYear', p.schoolYear), p.realName || '',
      p.guardianContact || '', formatDateTime(p.createdAt)] }),
    pager(found, (next) => navigate(`/secretariat/youth/participants${query({ page: next })}`)));
  } catch (error) {
    setStatus(message, t('common.failed', error.message), true);
  }
}

route({ path: '/youth', render: renderThemes, menu: 'cocreation.nav.youth', group: 'cocreation', order: 42, title: 'cocreation.youth.heading' });
route({ path: '/youth/themes/:id', render: renderTheme, title: 'cocreation.youth.heading' });
route({ path: '/secretariat/youth/participants', render: renderParticipants, roles: SECRETARIAT,
  title: 'cocreation.youth.participants' });
