// The fund's books for those who run and oversee it (ledger: money in and out of a fiscal year, the statement per
// contributor, the balance), and an investor company's own statement (出資者向け報告) for its people.

import { api, query } from '../../api.js';
import { field, h, pager, setStatus, statusLine, table } from '../../dom.js';
import { formatDateTime, t } from '../../i18n.js';
import { navigate, route } from '../../router.js';
import { currentFiscalYear } from '../kpi/format.js';
import { yen } from './format.js';
import './outcomes-texts.js';

/** A fiscal-year choice (the current year and the four before) that navigates to `path?fiscalYear=`. */
function yearChoice(formId, path, year) {
  const now = currentFiscalYear();
  const form = h('form', { id: formId, class: 'inline-form', onsubmit: (e) => e.preventDefault() },
    field(formId, { name: 'fiscalYear', label: t('fund.money.fiscalYear'), kind: 'select', value: String(year),
      options: [0, 1, 2, 3, 4].map((back) => ({ value: String(now - back), label: t('fund.money.fy', now - back) })) }));
  const choice = form.elements.namedItem('fiscalYear');
  choice.addEventListener('change', () => navigate(`${path}${query({ fiscalYear: choice.value })}`));
  return form;
}

function facts(id, pairs) {
  return h('dl', { class: 'facts', id }, ...pairs.flatMap(([key, amount]) => [h('dt', {}, t(key)),
    h('dd', { 'data-key': key }, yen(amount))]));
}

async function renderLedger(container, { query: params, isCurrent }) {
  const year = Number(params.get('fiscalYear')) || currentFiscalYear();
  const page = Number(params.get('page')) || 0;
  const message = statusLine('fund-ledger-status');
  const body = h('div', { id: 'fund-ledger' });
  container.append(h('h2', { tabindex: '-1' }, t('fund.money.ledgerHeading')),
    yearChoice('fund-ledger-year', '/fund/ledger', year), message, body);
  try {
    const [account, statement, lines] = await Promise.all([api('/api/fund/balance'),
      api(`/api/fund/statements${query({ fiscalYear: year })}`),
      api(`/api/fund/ledger${query({ fiscalYear: year, page, size: 50 })}`)]);
    if (!isCurrent()) {
      return;
    }
    body.replaceChildren(
      h('section', { class: 'card' }, h('h3', {}, t('fund.sec.balance')),
        facts('fund-ledger-balance', [['fund.sec.received', account.receivedYen],
          ['fund.sec.awardedTotal', account.awardedYen], ['fund.sec.paidTotal', account.paidYen],
          ['fund.sec.available', account.availableYen]])),
      h('section', { class: 'card' }, h('h3', {}, t('fund.money.statementHeading', year)),
        facts('fund-statement-totals', [['fund.money.cityPledged', statement.cityPledgedYen],
          ['fund.money.cityReceived', statement.cityReceivedYen], ['fund.money.privatePledged', statement.privatePledgedYen],
          ['fund.money.privateReceived', statement.privateReceivedYen], ['fund.money.awarded', statement.awardedYen],
          ['fund.money.paid', statement.paidYen]]),
        table({ id: 'fund-statement-table', caption: t('fund.money.perContributor'),
          columns: [t('fund.sec.contributorName'), t('fund.sec.kind'), t('fund.sec.pledged'), t('fund.sec.received')],
          items: statement.contributors,
          rowAttributes: (line) => ({ 'data-organisation': line.contributorOrganisationId || '' }),
          cells: (line) => [h('th', { scope: 'row' }, line.contributorName), t(`fund.sec.kind.${line.contributorKind}`),
            yen(line.pledgedYen), yen(line.receivedYen)] })),
      h('section', { class: 'card' }, h('h3', {}, t('fund.money.linesHeading')),
        table({ id: 'fund-ledger-table',
          columns: [t('fund.money.when'), t('fund.money.entryType'), t('fund.money.who'), t('fund.sec.amount')],
          items: lines.items,
          rowAttributes: (line) => ({ 'data-type': line.entryType }),
          cells: (line) => [formatDateTime(line.occurredAt), t(`fund.money.entry.${line.entryType}`),
            line.contributorName || (line.applicationId ? t('fund.money.grant') : ''), yen(line.amountYen)] }),
        pager(lines, (next) => navigate(`/fund/ledger${query({ fiscalYear: year, page: next })}`))));
  } catch (error) {
    setStatus(message, t('common.failed', error.message), true);
  }
}

async function renderInvestorStatement(container, { query: params, isCurrent }) {
  const year = Number(params.get('fiscalYear')) || currentFiscalYear();
  const message = statusLine('fund-investor-status');
  const body = h('div', { id: 'fund-investor' });
  container.append(h('h2', { tabindex: '-1' }, t('fund.money.investorHeading')),
    yearChoice('fund-investor-year', '/fund/statement', year), message, body);
  try {
    const statement = await api(`/api/fund/statements/mine${query({ fiscalYear: year })}`);
    if (!isCurrent()) {
      return;
    }
    body.replaceChildren(
      h('section', { class: 'card' }, h('h3', { id: 'fund-investor-name' }, statement.contributorName),
        facts('fund-investor-own', [['fund.money.ownPledged', statement.pledgedInYearYen],
          ['fund.money.ownReceived', statement.receivedInYearYen], ['fund.money.ownOutstanding', statement.outstandingYen]]),
        table({ id: 'fund-investor-pledges', caption: t('fund.money.pledges'),
          columns: [t('fund.money.when'), t('fund.sec.pledged'), t('fund.sec.received'), t('fund.sec.outstanding')],
          items: statement.pledges,
          rowAttributes: (p) => ({ 'data-id': p.id }),
          cells: (p) => [formatDateTime(p.pledgedAt), yen(p.pledgedYen), yen(p.receivedYen), yen(p.outstandingYen)] })),
      h('section', { class: 'card' }, h('h3', {}, t('fund.money.fundHeading', year)),
        facts('fund-investor-fund', [['fund.money.fundReceived', statement.fundReceivedInYearYen],
          ['fund.money.awarded', statement.fundAwardedInYearYen], ['fund.money.paid', statement.fundPaidInYearYen],
          ['fund.sec.available', statement.fundAvailableYen]])));
  } catch (error) {
    if (!isCurrent()) {
      return;
    }
    if (error.status === 403) {
      body.replaceChildren(h('p', { id: 'fund-investor-none', class: 'notice' }, error.message));
    } else {
      setStatus(message, t('common.failed', error.message), true);
    }
  }
}

route({ path: '/fund/ledger', render: renderLedger, roles: ['SECRETARIAT', 'COMMITTEE', 'ADMIN'],
  menu: 'fund.nav.ledger', group: 'fund', order: 74 });
route({ path: '/fund/statement', render: renderInvestorStatement, roles: ['MEMBER'], menu: 'fund.nav.statement',
  group: 'fund', order: 75 });
