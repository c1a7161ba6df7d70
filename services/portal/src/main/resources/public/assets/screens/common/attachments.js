// The attachments panel every screen with files uses: list, download under the original name, upload, remove.
// `base` is the API collection, e.g. /api/citylab/proposals/<id>/attachments; `canWrite` shows upload and remove.

import { api, ApiError } from '../../api.js';
import { clearErrors, field, h, setStatus, showProblem, statusLine, table } from '../../dom.js';
import { formatDateTime, lang, t } from '../../i18n.js';
import { token } from '../../session.js';
import './attachments-texts.js';

/**
 * A section `#<id>` listing the files under `base`; with `canWrite`, a form to add and buttons to remove; `label`, when
 * given, is its heading instead of the plain "attachments".
 */
export async function attachmentsPanel({ id, base, canWrite = false, label }) {
  const section = h('section', { id, class: 'attachments' });
  const message = statusLine(`${id}-status`);
  const render = async (note) => {
    let files = [];
    try {
      files = await api(base);
    } catch (error) {
      section.replaceChildren(h('h3', {}, label || t('attachments.heading')),
        h('p', { class: 'status error' }, t('common.failed', error.message)));
      return;
    }
    section.replaceChildren(h('h3', {}, label || t('attachments.heading')), fileList(files), canWrite ? uploadForm() : null,
      message);
    setStatus(message, note || '');
  };

  function fileList(files) {
    if (!files.length) {
      return h('p', { class: 'notice', id: `${id}-none` }, t('attachments.none'));
    }
    return table({ id: `${id}-table`, columns: [t('attachments.file'), t('attachments.size'),
      t('attachments.uploadedAt'), t('attachments.uploadedBy'), t('attachments.actions')], items: files,
    rowAttributes: (f) => ({ 'data-id': f.id, 'data-name': f.fileName }),
    cells: (f) => [
      h('button', { type: 'button', class: 'link download', onclick: () => download(f) }, f.fileName),
      size(f.sizeBytes), formatDateTime(f.uploadedAt), f.uploadedBy,
      canWrite ? h('button', { type: 'button', class: 'secondary remove', onclick: () => remove(f) },
        t('attachments.remove')) : ''] });
  }

  function uploadForm() {
    const formId = `${id}-form`;
    const form = h('form', { id: formId, novalidate: true },
      field(formId, { name: 'file', label: t('attachments.choose'), type: 'file' }),
      h('button', { type: 'submit', id: `${id}-upload` }, t('attachments.upload')));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearErrors(form);
      const chosen = form.querySelector('input[type=file]').files[0];
      if (!chosen) {
        setStatus(message, t('attachments.pick'), true);
        return;
      }
      try {
        const body = new FormData();
        body.append('file', chosen, chosen.name);
        const added = await send(base, { method: 'POST', body });
        await render(t('attachments.uploaded', added.fileName));
      } catch (error) {
        showProblem(form, error, message);
      }
    });
    return form;
  }

  async function remove(f) {
    if (!window.confirm(t('attachments.confirmRemove', f.fileName))) {
      return;
    }
    try {
      await api(`${base}/${f.id}`, { method: 'DELETE' });
      await render(t('attachments.removed', f.fileName));
    } catch (error) {
      setStatus(message, error.message, true);
    }
  }

  async function download(f) {
    try {
      const response = await fetch(`${base}/${f.id}`, { headers: authorised({}) });
      if (!response.ok) {
        throw await problemOf(response);
      }
      const link = h('a', { href: URL.createObjectURL(await response.blob()), download: f.fileName });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10000);
    } catch (error) {
      setStatus(message, error.message, true);
    }
  }

  await render();
  return section;
}

/** A multipart POST: the browser sets the Content-Type with its boundary, so `api` (JSON first) is not used. */
async function send(path, { method, body }) {
  const response = await fetch(path, { method, body, headers: authorised({ Accept: 'application/json, '
    + 'application/problem+json' }) });
  if (!response.ok) {
    throw await problemOf(response);
  }
  return response.json();
}

function authorised(headers) {
  const jwt = token();
  return { ...headers, 'Accept-Language': lang(), ...(jwt ? { Authorization: `Bearer ${jwt}` } : {}) };
}

async function problemOf(response) {
  const type = response.headers.get('Content-Type') || '';
  let problem = null;
  if (type.includes('json')) {
    try {
      problem = await response.json();
    } catch (e) {
      problem = null;
    }
  }
  return new ApiError(response.status, problem);
}

function size(bytes) {
  if (bytes >= 1024 * 1024) {
    return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  }
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/**
 * A button that opens the panel where it stands: for lists, so that each row's files load only when wanted. `label`
 * names the button where a row has more than one set of files.
 */
export function attachmentsLoader(options) {
  const button = h('button', { type: 'button', class: 'secondary', id: `${options.id}-open`, onclick: async () => {
    button.replaceWith(await attachmentsPanel(options));
  } }, options.label || t('attachments.heading'));
  return button;
}
