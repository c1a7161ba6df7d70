// Youth policy proposals (若者政策提案): public themes and ideas (authors appear only by nickname and school year —
// the participants are minors); the secretariat opens and closes themes, records an idea's presentation to the
// mayor, creates students' accounts and enrols them, exports and erases a student's data (the one screen with real
// names, secretariat only); a student (YOUTH) submits ideas on open themes and follows them under "my ideas".

import { api, query } from '../../api.js';
import { clearErrors, field, h, pager, setStatus, showProblem, statusLine, table } from '../../dom.js';
import { formatDateTime, t } from '../../i18n.js';
import { navigate, route } from '../../router.js';
import { hasAnyRole } from '../../session.js';
import { blankToNull, ccBadge, ccLabel, SECRETARIAT } from './common.js';

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
    // Element.append would print a null as the text "null"; a div built by h() skips it.
    container.append(h('div', {}, h('h2', { tabindex: '-1' }, theme.title),
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
      theme.open && hasAnyRole(STUDENT) ? ideaForm(theme) : null,
      hasAnyRole(STUDENT) ? h('p', {}, h('a', { href: '#/youth/mine' }, t('cocreation.youth.mine'))) : null,
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
      h('p', {}, h('a', { href: '#/youth' }, t('cocreation.youth.back')))));
  } catch (error) {
    container.append(h('h2', { tabindex: '-1' }, t('cocreation.youth.heading')), message);
    setStatus(message, error.status === 404 ? t('cocreation.common.notFound') : t('common.failed', error.message), true);
  }
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
      await api(`/api/cocreation/youth/ideas/${idea.id}/present`, { method: 'POST',
        body: { outcome: form.elements.namedItem('outcome').value } });
      done();
    } catch (error) {
      showProblem(form, error, line);
    }
  });
  return h('div', {}, form, line);
}

const STUDENT = ['YOUTH'];

async function renderParticipants(container, { query: params, isCurrent }) {
  const page = Number(params.get('page')) || 0;
  const message = statusLine('youth-status');
  const body = h('div', { id: 'participants' });
  const handover = h('div', { id: 'youth-handover' });
  const exported = h('div', { id: 'youth-export' });
  const load = async () => {
    try {
      const found = await api(`/api/cocreation/youth/participants${query({ page, size: 20 })}`);
      if (!isCurrent()) {
        return;
      }
      body.replaceChildren(participantsTable(found, message, exported, load),
        pager(found, (next) => navigate(`/secretariat/youth/participants${query({ page: next })}`)));
    } catch (error) {
      setStatus(message, t('common.failed', error.message), true);
    }
  };
  container.append(h('h2', { tabindex: '-1' }, t('cocreation.youth.participants')),
    h('p', { class: 'notice' }, t('cocreation.youth.privacy')),
    h('h3', {}, t('cocreation.youth.createAndEnrol')), h('p', {}, t('cocreation.youth.createAndEnrolIntro')),
    createAndEnrolForm(message, handover, load), handover,
    h('details', { class: 'card' }, h('summary', {}, t('cocreation.youth.enrolExisting')), enrolForm(message, load)),
    message, body, exported);
  await load();
}

/** One form, two calls: the portal creates the YOUTH account, co-creation enrols it under the returned user id. */
function createAndEnrolForm(message, handover, reload) {
  const id = 'youth-create';
  const form = h('form', { id, novalidate: true },
    field(id, { name: 'username', label: t('cocreation.youth.username'), required: true, autocomplete: 'off',
      hint: t('cocreation.youth.usernameHint') }),
    field(id, { name: 'nickname', label: t('cocreation.youth.nickname'), required: true,
      hint: t('cocreation.youth.nicknameHint') }),
    schoolYearField(id),
    field(id, { name: 'realName', label: t('cocreation.youth.realName') }),
    field(id, { name: 'guardianContact', label: t('cocreation.youth.guardianContact') }),
    h('button', { type: 'submit', id: 'youth-create-submit' }, t('cocreation.youth.createAndEnrolSubmit')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    handover.replaceChildren();
    const value = (name) => blankToNull(form.elements.namedItem(name).value);
    if (!value('schoolYear')) {
      // Checked before the account exists, so a missing school year never leaves an account without enrolment.
      showProblem(form, { message: '', fieldErrors: [{ field: 'schoolYear',
        message: t('cocreation.youth.schoolYearRequired') }] }, message);
      return;
    }
    let account;
    try {
      account = await api('/accounts/youth', { method: 'POST',
        body: { username: value('username'), nickname: value('nickname') } });
    } catch (error) {
      showProblem(form, error, message);
      return;
    }
    let enrolled = true;
    try {
      await api('/api/cocreation/youth/participants', { method: 'POST', body: { userId: account.userId,
        nickname: value('nickname'), schoolYear: value('schoolYear'), realName: value('realName'),
        guardianContact: value('guardianContact') } });
    } catch (error) {
      enrolled = false;
      showProblem(form, error, message);
    }
    handover.replaceChildren(passwordNotice(account, enrolled));
    if (enrolled) {
      form.reset();
      setStatus(message, t('cocreation.youth.created', account.username));
      await reload();
    }
    handover.querySelector('h3').focus();
  });
  return form;
}

/** The one-time password, shown once in large type so the secretariat can copy it or write it down. */
function passwordNotice(account, enrolled) {
  return h('section', { class: 'card notice', 'aria-labelledby': 'youth-handover-heading' },
    h('h3', { id: 'youth-handover-heading', tabindex: '-1' }, t('cocreation.youth.handoverHeading')),
    h('p', {}, t('cocreation.youth.handoverIntro')),
    h('dl', {},
      h('dt', {}, t('cocreation.youth.username')), h('dd', {}, h('code', { id: 'youth-new-username' }, account.username)),
      h('dt', {}, t('cocreation.youth.initialPassword')),
      h('dd', {}, h('code', { id: 'youth-new-password', style: 'font-size:1.4em;letter-spacing:0.08em' },
        account.initialPassword)),
      h('dt', {}, t('cocreation.youth.userId')), h('dd', {}, h('code', { id: 'youth-new-user-id' }, account.userId))),
    enrolled ? null : h('p', { class: 'error' }, t('cocreation.youth.notEnrolledYet')));
}

function enrolForm(message, reload) {
  const id = 'youth-form';
  const form = h('form', { id, novalidate: true },
    field(id, { name: 'userId', label: t('cocreation.youth.userId'), required: true, hint: t('cocreation.youth.userIdHint') }),
    field(id, { name: 'nickname', label: t('cocreation.youth.nickname'), required: true }),
    schoolYearField(id),
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
      await reload();
    } catch (error) {
      showProblem(form, error, message);
    }
  });
  return form;
}

function schoolYearField(id) {
  return field(id, { name: 'schoolYear', label: t('cocreation.youth.schoolYear'), kind: 'select', required: true,
    options: [{ value: '', label: t('apply.typeChoose') }, ...SCHOOL_YEARS.map((value) => ({ value,
      label: ccLabel('schoolYear', value) }))] });
}

function participantsTable(found, message, exported, reload) {
  return table({ id: 'participants-table', columns: [t('cocreation.youth.nickname'),
    t('cocreation.youth.schoolYear'), t('cocreation.youth.realName'), t('cocreation.youth.guardianContact'),
    t('cocreation.youth.createdAt'), t('cocreation.youth.personalData')], items: (found.items || []),
  rowAttributes: (p) => ({ 'data-id': p.id, 'data-user-id': p.userId }),
  cells: (p) => [h('th', { scope: 'row' }, p.nickname), ccLabel('schoolYear', p.schoolYear), p.realName || '',
    p.guardianContact || '', formatDateTime(p.createdAt), h('span', {},
      h('button', { type: 'button', class: 'secondary youth-export', onclick: () => showExport(p, message, exported) },
        t('cocreation.youth.export')), ' ',
      p.erasedAt ? h('span', { class: 'badge youth-erased' }, t('cocreation.youth.erasedOn', formatDateTime(p.erasedAt)))
        : h('button', { type: 'button', class: 'secondary youth-erase', onclick: async () => {
          if (!window.confirm(t('cocreation.youth.eraseConfirm', p.nickname))) {
            return;
          }
          try {
            const erased = await api(`/api/cocreation/youth/participants/${p.id}/erase`, { method: 'POST' });
            setStatus(message, t('cocreation.youth.erased', erased.pseudonym));
            exported.replaceChildren();
            await reload();
          } catch (error) {
            setStatus(message, error.message, true);
          }
        } }, t('cocreation.youth.erase')))] });
}

/** Everything held about the student, readable on screen and downloadable as the JSON the service answered. */
async function showExport(participant, message, exported) {
  try {
    const data = await api(`/api/cocreation/youth/participants/${participant.id}/personal-data`);
    const text = JSON.stringify(data, null, 2);
    const link = h('a', { href: URL.createObjectURL(new Blob([text], { type: 'application/json' })),
      download: `youth-${participant.id}.json` }, t('cocreation.youth.download'));
    exported.replaceChildren(h('section', { class: 'card' },
      h('h3', { tabindex: '-1' }, t('cocreation.youth.exportHeading', data.nickname)), h('p', {}, link),
      h('pre', { class: 'cc-text', id: 'youth-export-json' }, text)));
    exported.querySelector('h3').focus();
  } catch (error) {
    setStatus(message, t('common.failed', error.message), true);
  }
}

/** A student's own ideas, newest first, each with its status and the mentors' comments. */
async function renderMine(container, { query: params, isCurrent }) {
  const page = Number(params.get('page')) || 0;
  const message = statusLine('mine-status');
  container.append(h('h2', { tabindex: '-1' }, t('cocreation.youth.mine')), message);
  try {
    const found = await api(`/api/cocreation/youth/ideas/mine${query({ page, size: 10 })}`);
    const comments = await Promise.all((found.items || []).map((idea) =>
      api(`/api/cocreation/youth/ideas/${idea.id}/comments${query({ size: 50 })}`)));
    if (!isCurrent()) {
      return;
    }
    container.append(h('div', {}, (found.items || []).length
      ? h('ul', { class: 'cc-ideas', id: 'my-ideas' }, found.items.map((idea, index) => h('li', { class: 'card', 'data-id': idea.id },
        h('h3', {}, h('a', { href: `#/youth/themes/${idea.themeId}` }, idea.title)),
        h('p', { class: 'cc-when' }, formatDateTime(idea.submittedAt), ' ', ccBadge('ideaStatus', idea.status)),
        h('p', { class: 'cc-text' }, idea.body),
        idea.outcome ? h('p', { class: 'notice' }, t('cocreation.youth.outcome'), ' ', idea.outcome) : null,
        h('h4', {}, t('cocreation.youth.mentorComments', comments[index].totalItems)),
        (comments[index].items || []).length ? h('ul', { class: 'youth-comments' }, comments[index].items.map((comment) =>
          h('li', {}, h('p', { class: 'cc-when' }, comment.mentorName, ' · ', formatDateTime(comment.createdAt)),
            h('p', { class: 'cc-text' }, comment.body)))) : h('p', {}, t('cocreation.youth.noComments')))))
      : h('p', {}, t('cocreation.youth.mineEmpty')),
    found.totalPages > 1 ? pager(found, (next) => navigate(`/youth/mine${query({ page: next })}`)) : null,
    h('p', {}, h('a', { href: '#/youth' }, t('cocreation.youth.back')))));
  } catch (error) {
    setStatus(message, error.status === 403 ? error.message : t('common.failed', error.message), true);
  }
}

/** A student's form under an open theme. */
function ideaForm(theme) {
  const id = 'idea-form';
  const line = statusLine('idea-status');
  const form = h('form', { id, novalidate: true },
    h('p', { class: 'hint' }, t('cocreation.youth.ideaHint')),
    field(id, { name: 'title', label: t('cocreation.youth.ideaTitle'), required: true }),
    field(id, { name: 'body', label: t('cocreation.youth.ideaBody'), kind: 'textarea', rows: 5, required: true }),
    h('button', { type: 'submit', id: 'idea-submit' }, t('cocreation.youth.submitIdea')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    try {
      await api(`/api/cocreation/youth/themes/${theme.id}/ideas`, { method: 'POST',
        body: { title: form.elements.namedItem('title').value, body: form.elements.namedItem('body').value } });
      navigate('/youth/mine');
    } catch (error) {
      showProblem(form, error, line);
    }
  });
  return h('section', { class: 'card' }, h('h3', {}, t('cocreation.youth.submitIdea')), form, line);
}

route({ path: '/youth', render: renderThemes, menu: 'cocreation.nav.youth', group: 'cocreation', order: 42,
  title: 'cocreation.youth.heading' });
route({ path: '/youth/themes/:id', render: renderTheme, title: 'cocreation.youth.heading' });
route({ path: '/secretariat/youth/participants', render: renderParticipants, roles: SECRETARIAT,
  title: 'cocreation.youth.participants' });
route({ path: '/youth/mine', render: renderMine, roles: STUDENT, menu: 'cocreation.nav.youthMine', group: 'cocreation',
  order: 43,
  title: 'cocreation.youth.mine' });
