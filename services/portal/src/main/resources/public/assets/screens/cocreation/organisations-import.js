// The secretariat's bulk import of the council's existing members (the first task at launch): a CSV file or pasted
// text is checked first (preview: every row as read and what the import would do with it, or every bad row with its
// field errors, nothing stored), then imported all or nothing; a re-run finds the organisations already there.
// A file is sent as its bytes, so the server can tell a Shift_JIS export and refuse it with a clear message.

import { api } from '../../api.js';
import { field, h, setStatus, statusLine, table } from '../../dom.js';
import { t } from '../../i18n.js';
import { route } from '../../router.js';

const CSV = 'text/csv';
const ROW_FIELD = /^rows\[(\d+)\]\.(.+)$/;

function renderImport(container) {
  const message = statusLine('orgs-import-status');
  const formId = 'orgs-import';
  const form = h('form', { id: formId, novalidate: true, class: 'card' },
    h('p', {}, t('orgs.import.intro')),
    h('pre', { class: 'example', id: 'orgs-import-example' }, t('orgs.import.example')),
    field(formId, { name: 'file', type: 'file', label: t('orgs.import.file'), hint: t('orgs.import.fileHint') }),
    field(formId, { name: 'text', kind: 'textarea', rows: 8, label: t('orgs.import.paste') }),
    h('button', { type: 'submit', id: 'orgs-import-preview-submit' }, t('orgs.import.preview')));
  form.elements.namedItem('file').setAttribute('accept', '.csv,text/csv');
  const result = h('div', { id: 'orgs-import-result-area' });
  container.append(h('h2', { tabindex: '-1' }, t('orgs.import.heading')), form, message, result,
    h('p', {}, h('a', { href: '#/secretariat/organisations?status=APPROVED' }, t('orgs.import.back'))));

  /** The file when one is chosen (sent as is), else the pasted text. */
  function payload() {
    const file = form.elements.namedItem('file').files[0];
    return file || form.elements.namedItem('text').value;
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = payload();
    if (!body || (typeof body === 'string' && !body.trim())) {
      setStatus(message, t('orgs.import.nothing'), true);
      return;
    }
    result.replaceChildren();
    try {
      const preview = await api('/api/cocreation/organisations/bulk-approvals/preview', { method: 'POST', body,
        contentType: CSV });
      setStatus(message, t('orgs.import.previewed', preview.rows.length));
      const confirm = h('button', { type: 'button', id: 'orgs-import-confirm' }, t('orgs.import.confirm',
        preview.created + preview.approved));
      confirm.addEventListener('click', async () => {
        confirm.disabled = true;
        try {
          const done = await api('/api/cocreation/organisations/bulk-approvals', { method: 'POST', body,
            contentType: CSV });
          setStatus(message, t('orgs.import.done', done.created, done.approved, done.alreadyMember));
          result.replaceChildren(rowsTable('orgs-import-result', t('orgs.import.resultCaption'), done.rows));
        } catch (error) {
          confirm.disabled = false;
          showRefusal(error);
        }
      });
      result.replaceChildren(rowsTable('orgs-import-preview', t('orgs.import.previewCaption'), preview.rows), confirm);
    } catch (error) {
      showRefusal(error);
    }
  });

  /** A refused list: one line per bad row and column, in file order; nothing was stored. */
  function showRefusal(error) {
    setStatus(message, error.fieldErrors.length ? t('orgs.import.refused') : t('common.failed', error.message), true);
    if (!error.fieldErrors.length) {
      return;
    }
    const lines = error.fieldErrors.map((fieldError) => {
      const match = ROW_FIELD.exec(fieldError.field || '');
      return { row: match ? Number(match[1]) : 0, column: match ? match[2] : fieldError.field,
        message: fieldError.message };
    }).sort((a, b) => a.row - b.row);
    result.replaceChildren(table({ id: 'orgs-import-errors', caption: t('orgs.import.errorsCaption'),
      columns: [t('orgs.import.row'), t('orgs.import.column'), t('orgs.import.problem')],
      items: lines,
      rowAttributes: (line) => ({ 'data-row': String(line.row), 'data-column': line.column }),
      cells: (line) => [line.row ? String(line.row) : t('orgs.import.wholeFile'),
        line.column === 'file' ? '' : t(`orgs.import.col.${line.column}`), line.message] }));
  }
}

function rowsTable(id, caption, rows) {
  return table({ id, caption,
    columns: [t('orgs.import.row'), t('orgs.name'), t('orgs.type'), t('orgs.corporateNumber'), t('orgs.contact'),
      t('orgs.import.outcome')],
    items: rows,
    rowAttributes: (row) => ({ 'data-row': String(row.row), 'data-outcome': row.outcome,
      'data-id': row.organisationId || '' }),
    cells: (row) => [String(row.row), h('th', { scope: 'row' }, row.name), row.organisationTypeLabel,
      row.corporateNumber || '', [row.contactName, row.contactEmail].filter(Boolean).join(' / '),
      t(`orgs.import.outcome.${row.outcome}`)] });
}

route({ path: '/secretariat/organisations/import', render: renderImport, roles: ['SECRETARIAT', 'ADMIN'],
  title: 'orgs.import.heading' });
