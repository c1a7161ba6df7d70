// Every label and message of the portal in Japanese (the default) and English. Screens ask for text by key. The
// shared keys live here; a service's screens bring their own keys in a texts module registered with addTexts, so
// one service's screens never edit another's dictionary. Server messages are not translated here:
// the API calls send Accept-Language and the services answer in the chosen language.

const STORAGE_KEY = 'kyoso.lang';
const listeners = new Set();

const TEXT = {
  ja: {
    'app.title': 'kyoso 共創 — SDGsパートナーシップ',
    'app.skip': '本文へ移動',
    'lang.switch': 'English',
    'lang.switchLabel': 'Switch the language to English',
    'nav.label': 'メインメニュー',
    'nav.home': 'KPIダッシュボード',
    'nav.apply': '入会申請',
    'nav.organisations': '団体の承認',
    'nav.sheets': '評価シートの取り込み',
    'nav.observations': '実績値の登録・承認',
    'nav.login': 'ログイン',
    'nav.logout': 'ログアウト',
    'session.signedIn': (name, roles) => `${name}（${roles}）`,
    'role.MEMBER': '会員',
    'role.STAFF': '区職員',
    'role.SECRETARIAT': '事務局',
    'role.COMMITTEE': '実行委員',
    'role.ADMIN': 'システム管理者',
    'common.loading': '読み込み中…',
    'common.empty': 'データがありません。',
    'common.failed': (detail) => `通信に失敗しました: ${detail}`,
    'common.reload': '再読み込み',
    'common.total': '合計',
    'common.previous': '前へ',
    'common.next': '次へ',
    'common.page': (page, pages, total) => `${page} / ${pages} ページ（全 ${total} 件）`,
    'common.required': '（必須）',
    'common.fieldErrors': '入力内容を確認してください。',
    'common.forbidden': 'この画面を使う権限がありません。',
    'common.notFound': 'ページが見つかりません。',
    'common.backHome': 'ダッシュボードへ戻る',
    'login.heading': 'ログイン',
    'login.username': 'ユーザー名',
    'login.password': 'パスワード',
    'login.submit': 'ログイン',
    'login.bad': 'ユーザー名またはパスワードが正しくありません。',
    'login.needed': 'この画面を使うにはログインしてください。',
    'dashboard.heading': 'KPIダッシュボード',
    'dashboard.fiscalYear': '年度',
    'dashboard.fiscalYearOption': (year) => `${year}年度`,
    'dashboard.members': '会員団体数（種別）',
    'dashboard.type': '種別',
    'dashboard.inYear': '今年度の新規',
    'dashboard.cumulative': '累計',
    'dashboard.drillHint': '数値を選ぶと、その内訳（元になったイベント）を表示します。',
    'dashboard.plans': '計画のKPI（達成度）',
    'dashboard.plan': '計画',
    'dashboard.noPlans': '計画はまだ登録されていません。',
    'dashboard.download': 'オープンデータ（様式1の列）:',
    'facts.heading': 'KPIの内訳',
    'facts.summary': (metric, year, cumulative, dimension) =>
      `${metric} · ${year}年度${cumulative ? '（累計）' : '（年度内）'}${dimension ? ' · ' + dimension : ''}`,
    'facts.eventType': 'イベント',
    'facts.occurredAt': '発生日時',
    'facts.aggregateId': '対象ID',
    'facts.organisation': '団体',
    'facts.dimension': '区分',
    'metric.MEMBER_ORGANISATIONS': '会員団体数',
    'event.jp.kyoso.cocreation.organisation.approved.v1': '団体の入会承認',
    'apply.heading': 'パートナーシップへの入会申請',
    'apply.intro': '企業・大学・NPO・金融機関などの団体が申請できます。事務局が確認して承認します。',
    'apply.name': '団体名',
    'apply.type': '団体の種別',
    'apply.typeChoose': '選択してください',
    'apply.corporateNumber': '法人番号（13桁、任意）',
    'apply.contactName': '担当者名（任意）',
    'apply.contactEmail': '担当者のメールアドレス（任意）',
    'apply.submit': '申請する',
    'apply.done': (name) => `「${name}」の申請を受け付けました。事務局の承認をお待ちください。`,
    'orgType.COMPANY': '企業',
    'orgType.STARTUP': 'スタートアップ',
    'orgType.SME': '中小企業',
    'orgType.UNIVERSITY': '大学',
    'orgType.RESEARCH_INSTITUTE': '研究機関',
    'orgType.NPO': 'NPO・地域団体',
    'orgType.FINANCIAL_INSTITUTION': '金融機関',
    'orgType.CITY_DEPARTMENT': '区の部署',
    'orgs.heading': '入会申請の承認',
    'orgs.status': '状態',
    'orgs.name': '団体名',
    'orgs.type': '種別',
    'orgs.corporateNumber': '法人番号',
    'orgs.contact': '担当者',
    'orgs.appliedAt': '申請日時',
    'orgs.actions': '操作',
    'orgs.approve': '承認',
    'orgs.reject': '却下',
    'orgs.reason': '却下の理由',
    'orgs.approveLabel': (name) => `${name} を承認`,
    'orgs.rejectLabel': (name) => `${name} を却下`,
    'orgs.reasonLabel': (name) => `${name} を却下する理由`,
    'orgs.approved': (name) => `「${name}」を承認しました。`,
    'orgs.rejected': (name) => `「${name}」を却下しました。`,
    'status.ALL': 'すべて',
    'status.PENDING': '審査中',
    'status.APPROVED': '承認済み',
    'status.REJECTED': '却下',
    'sheets.heading': '評価シート（様式1）の取り込み',
    'sheets.intro': 'Excel などの評価シートから、見出し行を含む表をコピーして貼り付けてください。行ごとに読み取り結果と達成度の検算を表示します。',
    'sheets.plan': '取り込み先の計画',
    'sheets.planChoose': '計画を選択してください',
    'sheets.newPlan': '新しい計画を作成',
    'sheets.planCode': '計画コード（例: shinagawa-2025）',
    'sheets.planName': '計画名',
    'sheets.createPlan': '計画を作成',
    'sheets.planCreated': (name) => `計画「${name}」を作成しました。`,
    'sheets.paste': '評価シートの表（タブ区切り）',
    'sheets.submit': '取り込む',
    'sheets.choosePlanFirst': '先に計画を選択または作成してください。',
    'sheets.imported': (count) => `${count} 行を取り込みました。`,
    'sheets.results': '行ごとの結果',
    'sheets.chart': '達成度',
    'ind.row': '行',
    'ind.name': '指標名',
    'ind.baseline': '当初値',
    'ind.latest': '実績',
    'ind.target': '目標値',
    'ind.computed': '達成度（計算）',
    'ind.reported': '達成度（シート）',
    'ind.check': '検算',
    'ind.status': '進捗',
    'ind.notes': '備考',
    'check.AGREES': '一致',
    'check.REPORTED_IS_CURRENT_OVER_TARGET': 'シートの値は 実績÷目標',
    'check.REPORTED_SIGN_FLIPPED': 'シートの値は符号が逆',
    'check.DISAGREES': '不一致',
    'check.NOT_COMPUTABLE': '計算できません',
    'check.NOT_REPORTED': 'シートに記載なし',
    'progress.ON_TRACK': '順調',
    'progress.AT_RISK': 'やや遅れ',
    'progress.OFF_TRACK': '遅れ',
    'progress.UNKNOWN': '不明',
    'chart.label': (count) => `指標ごとの達成度の棒グラフ（${count} 指標、100% の線つき）`,
    'chart.target': '目標 100%',
    'chart.none': '—',
    'chart.targetValue': '目標',
    'chart.trends': '指標ごとの推移（実線: 実績、点線: 目標への道筋）',
    'chart.trendLabel': (name, baseline, baselineYear, latest, latestYear, target, targetYear) =>
      `${name}: ${baselineYear}年 ${baseline} → ${latestYear}年 ${latest}（目標 ${targetYear}年 ${target}）`,
    'obs.heading': '実績値の登録と承認',
    'obs.plan': '計画',
    'obs.indicator': '指標',
    'obs.indicatorChoose': '指標を選択してください',
    'obs.period': '時点（例: 2025年度）',
    'obs.value': '値',
    'obs.unit': '単位',
    'obs.comment': 'コメント（任意）',
    'obs.submit': '実績値を登録',
    'obs.submitted': '実績値を登録しました。事務局の承認後に反映されます。',
    'obs.history': '登録の履歴',
    'obs.state': '状態',
    'obs.submittedBy': '登録者',
    'obs.reason': '理由',
    'obs.approve': '承認',
    'obs.reject': '却下',
    'obs.decided': '決定しました。',
    'obs.binding': '連動するパートナーシップKPI',
    'obs.notBound': '連動しない（実績値を登録する）',
    'obs.bind': '保存',
    'obs.bound': '連動の設定を保存しました。',
    'obsState.PENDING': '承認待ち',
    'obsState.APPROVED': '承認済み',
    'obsState.REJECTED': '却下',
    'obsState.SUPERSEDED': '更新済み',
  },
  en: {
    'app.title': 'kyoso co-creation — SDGs partnership',
    'app.skip': 'Skip to content',
    'lang.switch': '日本語',
    'lang.switchLabel': '表示言語を日本語に切り替える',
    'nav.label': 'Main menu',
    'nav.home': 'KPI dashboard',
    'nav.apply': 'Apply to join',
    'nav.organisations': 'Approve organisations',
    'nav.sheets': 'Import evaluation sheet',
    'nav.observations': 'KPI values',
    'nav.login': 'Sign in',
    'nav.logout': 'Sign out',
    'session.signedIn': (name, roles) => `${name} (${roles})`,
    'role.MEMBER': 'member',
    'role.STAFF': 'city staff',
    'role.SECRETARIAT': 'secretariat',
    'role.COMMITTEE': 'committee',
    'role.ADMIN': 'administrator',
    'common.loading': 'Loading…',
    'common.empty': 'No data yet.',
    'common.failed': (detail) => `Request failed: ${detail}`,
    'common.reload': 'Reload',
    'common.total': 'Total',
    'common.previous': 'Previous',
    'common.next': 'Next',
    'common.page': (page, pages, total) => `Page ${page} of ${pages} (${total} in all)`,
    'common.required': ' (required)',
    'common.fieldErrors': 'Please check the highlighted fields.',
    'common.forbidden': 'You are not allowed to use this screen.',
    'common.notFound': 'Page not found.',
    'common.backHome': 'Back to the dashboard',
    'login.heading': 'Sign in',
    'login.username': 'Username',
    'login.password': 'Password',
    'login.submit': 'Sign in',
    'login.bad': 'Wrong username or password.',
    'login.needed': 'Please sign in to use this screen.',
    'dashboard.heading': 'KPI dashboard',
    'dashboard.fiscalYear': 'Fiscal year',
    'dashboard.fiscalYearOption': (year) => `FY ${year}`,
    'dashboard.members': 'Member organisations by type',
    'dashboard.type': 'Type',
    'dashboard.inYear': 'New this year',
    'dashboard.cumulative': 'Cumulative',
    'dashboard.drillHint': 'Choose a number to see what it is made of (the events behind it).',
    'dashboard.plans': 'Plan KPIs (achievement)',
    'dashboard.plan': 'Plan',
    'dashboard.noPlans': 'No plan has been registered yet.',
    'dashboard.download': 'Open data (様式1 columns):',
    'facts.heading': 'Behind the figure',
    'facts.summary': (metric, year, cumulative, dimension) =>
      `${metric} · FY ${year}${cumulative ? ' (cumulative)' : ' (in the year)'}${dimension ? ' · ' + dimension : ''}`,
    'facts.eventType': 'Event',
    'facts.occurredAt': 'Occurred at',
    'facts.aggregateId': 'Subject id',
    'facts.organisation': 'Organisation',
    'facts.dimension': 'Dimension',
    'metric.MEMBER_ORGANISATIONS': 'Member organisations',
    'event.jp.kyoso.cocreation.organisation.approved.v1': 'Organisation approved as a member',
    'apply.heading': 'Apply to join the partnership',
    'apply.intro': 'Companies, universities, NPOs, banks and other organisations can apply; the secretariat reviews and approves.',
    'apply.name': 'Organisation name',
    'apply.type': 'Type of organisation',
    'apply.typeChoose': 'Please choose',
    'apply.corporateNumber': 'Corporate number (13 digits, optional)',
    'apply.contactName': 'Contact person (optional)',
    'apply.contactEmail': 'Contact email (optional)',
    'apply.submit': 'Apply',
    'apply.done': (name) => `We received the application of “${name}”. The secretariat will review it.`,
    'orgType.COMPANY': 'Company',
    'orgType.STARTUP': 'Startup',
    'orgType.SME': 'SME',
    'orgType.UNIVERSITY': 'University',
    'orgType.RESEARCH_INSTITUTE': 'Research institute',
    'orgType.NPO': 'NPO / community group',
    'orgType.FINANCIAL_INSTITUTION': 'Financial institution',
    'orgType.CITY_DEPARTMENT': 'City department',
    'orgs.heading': 'Membership applications',
    'orgs.status': 'Status',
    'orgs.name': 'Organisation',
    'orgs.type': 'Type',
    'orgs.corporateNumber': 'Corporate number',
    'orgs.contact': 'Contact',
    'orgs.appliedAt': 'Applied at',
    'orgs.actions': 'Actions',
    'orgs.approve': 'Approve',
    'orgs.reject': 'Reject',
    'orgs.reason': 'Reason for rejection',
    'orgs.approveLabel': (name) => `Approve ${name}`,
    'orgs.rejectLabel': (name) => `Reject ${name}`,
    'orgs.reasonLabel': (name) => `Reason for rejecting ${name}`,
    'orgs.approved': (name) => `Approved “${name}”.`,
    'orgs.rejected': (name) => `Rejected “${name}”.`,
    'status.ALL': 'All',
    'status.PENDING': 'Pending',
    'status.APPROVED': 'Approved',
    'status.REJECTED': 'Rejected',
    'sheets.heading': 'Import an evaluation sheet (様式1)',
    'sheets.intro': 'Copy the table, header row included, from the evaluation sheet in Excel and paste it here. Each row shows how it was read and the achievement rate recomputed.',
    'sheets.plan': 'Plan to import into',
    'sheets.planChoose': 'Please choose a plan',
    'sheets.newPlan': 'Create a new plan',
    'sheets.planCode': 'Plan code (e.g. shinagawa-2025)',
    'sheets.planName': 'Plan name',
    'sheets.createPlan': 'Create plan',
    'sheets.planCreated': (name) => `Created the plan “${name}”.`,
    'sheets.paste': 'Evaluation sheet table (tab-separated)',
    'sheets.submit': 'Import',
    'sheets.choosePlanFirst': 'Choose or create a plan first.',
    'sheets.imported': (count) => `Imported ${count} rows.`,
    'sheets.results': 'Result per row',
    'sheets.chart': 'Achievement',
    'ind.row': 'Row',
    'ind.name': 'Indicator',
    'ind.baseline': 'Baseline',
    'ind.latest': 'Latest',
    'ind.target': 'Target',
    'ind.computed': 'Achievement (computed)',
    'ind.reported': 'Achievement (sheet)',
    'ind.check': 'Check',
    'ind.status': 'Progress',
    'ind.notes': 'Notes',
    'check.AGREES': 'Agrees',
    'check.REPORTED_IS_CURRENT_OVER_TARGET': 'Sheet shows latest ÷ target',
    'check.REPORTED_SIGN_FLIPPED': 'Sheet has the sign flipped',
    'check.DISAGREES': 'Disagrees',
    'check.NOT_COMPUTABLE': 'Not computable',
    'check.NOT_REPORTED': 'Not on the sheet',
    'progress.ON_TRACK': 'On track',
    'progress.AT_RISK': 'At risk',
    'progress.OFF_TRACK': 'Off track',
    'progress.UNKNOWN': 'Unknown',
    'chart.label': (count) => `Bar chart of achievement per indicator (${count} indicators, with the 100% line)`,
    'chart.target': 'Target 100%',
    'chart.none': '—',
    'chart.targetValue': 'Target',
    'chart.trends': 'Trend per indicator (solid: actual, dashed: path to the target)',
    'chart.trendLabel': (name, baseline, baselineYear, latest, latestYear, target, targetYear) =>
      `${name}: ${baseline} in ${baselineYear} → ${latest} in ${latestYear} (target ${target} in ${targetYear})`,
    'obs.heading': 'Report and approve KPI values',
    'obs.plan': 'Plan',
    'obs.indicator': 'Indicator',
    'obs.indicatorChoose': 'Please choose an indicator',
    'obs.period': 'Period (e.g. FY2025)',
    'obs.value': 'Value',
    'obs.unit': 'Unit',
    'obs.comment': 'Comment (optional)',
    'obs.submit': 'Report value',
    'obs.submitted': 'Value reported. It counts once the secretariat approves it.',
    'obs.history': 'History',
    'obs.state': 'State',
    'obs.submittedBy': 'Reported by',
    'obs.reason': 'Reason',
    'obs.approve': 'Approve',
    'obs.reject': 'Reject',
    'obs.decided': 'Decision saved.',
    'obs.binding': 'Follows the partnership KPI',
    'obs.notBound': 'None (values are reported)',
    'obs.bind': 'Save',
    'obs.bound': 'Saved which KPI the indicator follows.',
    'obsState.PENDING': 'Pending',
    'obsState.APPROVED': 'Approved',
    'obsState.REJECTED': 'Rejected',
    'obsState.SUPERSEDED': 'Superseded',
  },
};

/**
 * Adds a screen module's texts: `{ ja: { key: text }, en: { key: text } }`. A key defined twice is a mistake that
 * would silently change another screen's wording, so it fails loudly.
 */
export function addTexts(texts) {
  for (const language of ['ja', 'en']) {
    for (const [key, text] of Object.entries(texts[language] || {})) {
      if (key in TEXT[language]) {
        throw new Error(`text key defined twice: ${key}`);
      }
      TEXT[language][key] = text;
    }
  }
}

let current = localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'ja';

/** The chosen language, `ja` or `en`. */
export function lang() {
  return current;
}

/** The text for `key` in the chosen language; function entries are called with `args`. Unknown keys show as is. */
export function t(key, ...args) {
  const entry = TEXT[current][key] ?? TEXT.ja[key];
  if (entry === undefined) {
    return key;
  }
  return typeof entry === 'function' ? entry(...args) : entry;
}

/** Whether `key` has a text (used for enum values a service may add before the portal knows them). */
export function has(key) {
  return key in TEXT[current];
}

export function setLang(next) {
  current = next === 'en' ? 'en' : 'ja';
  localStorage.setItem(STORAGE_KEY, current);
  document.documentElement.lang = current;
  listeners.forEach((listener) => listener(current));
}

export function onLangChange(listener) {
  listeners.add(listener);
}

/** Numbers and dates the way the chosen language writes them. */
export function formatNumber(value, digits) {
  if (value === null || value === undefined || value === '') {
    return '';
  }
  const number = Number(value);
  if (Number.isNaN(number)) {
    return String(value);
  }
  return number.toLocaleString(current === 'en' ? 'en-GB' : 'ja-JP',
    digits === undefined ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function formatDateTime(iso) {
  if (!iso) {
    return '';
  }
  return new Date(iso).toLocaleString(current === 'en' ? 'en-GB' : 'ja-JP',
    { timeZone: 'Asia/Tokyo', dateStyle: 'medium', timeStyle: 'short' });
}
