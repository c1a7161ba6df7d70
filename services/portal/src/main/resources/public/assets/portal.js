// The portal's first page: sign in through POST /login and read one KPI through the gateway.
// The token lives in sessionStorage only, so it is gone when the tab closes; this file holds no keys.
(function () {
  'use strict';

  var TOKEN_KEY = 'kyoso.token';
  var lang = localStorage.getItem('kyoso.lang') === 'en' ? 'en' : 'ja';

  var text = {
    ja: { signedIn: function (name, roles) { return name + ' としてログイン中（' + roles + '）'; },
          badLogin: 'ユーザー名またはパスワードが正しくありません。', failed: '通信に失敗しました: ',
          loading: '読み込み中…', empty: 'データがありません。', total: '合計', toggle: 'English' },
    en: { signedIn: function (name, roles) { return 'Signed in as ' + name + ' (' + roles + ')'; },
          badLogin: 'Wrong username or password.', failed: 'Request failed: ',
          loading: 'Loading…', empty: 'No data yet.', total: 'Total', toggle: '日本語' }
  };

  function $(id) { return document.getElementById(id); }
  function t() { return text[lang]; }

  function applyLanguage() {
    document.documentElement.lang = lang;
    document.querySelectorAll('[data-ja]').forEach(function (el) { el.textContent = el.dataset[lang]; });
    $('lang-toggle').textContent = t().toggle;
    showUser();
  }

  function token() { return sessionStorage.getItem(TOKEN_KEY); }

  function claims() {
    var jwt = token();
    if (!jwt) { return null; }
    try {
      var part = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
      var json = decodeURIComponent(Array.prototype.map.call(atob(part), function (c) {
        return '%' + ('00' + c.charCodeAt(0).toString(16)).slice(-2);
      }).join(''));
      return JSON.parse(json);
    } catch (e) { return null; }
  }

  function showUser() {
    var c = claims();
    var status = $('login-status');
    status.classList.remove('error');
    if (c && c.exp * 1000 > Date.now()) {
      status.textContent = t().signedIn(c.name || c.sub, (c.roles || []).join(', '));
      $('login-form').hidden = true;
      $('logout').hidden = false;
    } else {
      if (c) { sessionStorage.removeItem(TOKEN_KEY); }
      status.textContent = '';
      $('login-form').hidden = false;
      $('logout').hidden = true;
    }
  }

  function problemText(response, body) {
    return (body && (body.detail || body.title || body.message)) || (response.status + ' ' + response.statusText);
  }

  function login(event) {
    event.preventDefault();
    var form = event.target;
    var status = $('login-status');
    fetch('/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', 'Accept-Language': lang },
      body: JSON.stringify({ username: form.username.value, password: form.password.value })
    }).then(function (response) {
      return response.json().catch(function () { return null; }).then(function (body) {
        if (response.ok && body && body.access_token) {
          sessionStorage.setItem(TOKEN_KEY, body.access_token);
          form.password.value = '';
          showUser();
          loadKpi();
        } else {
          status.textContent = response.status === 401 ? t().badLogin : t().failed + problemText(response, body);
          status.classList.add('error');
        }
      });
    }).catch(function (e) {
      status.textContent = t().failed + e.message;
      status.classList.add('error');
    });
  }

  // GET /api/kpi/partnership answers {fiscalYear, label, memberOrganisations: {inYear, cumulative,
  // byType: [{type, label, inYear, cumulative}]}}, with labels already in the Accept-Language asked for.
  function cell(tag, value, numeric) {
    var el = document.createElement(tag);
    el.textContent = numeric ? Number(value || 0).toLocaleString(lang) : value;
    if (numeric) { el.className = 'count'; }
    return el;
  }

  function loadKpi() {
    var status = $('kpi-status');
    var tbody = document.querySelector('#kpi-table tbody');
    status.classList.remove('error');
    status.textContent = t().loading;
    var headers = { 'Accept': 'application/json', 'Accept-Language': lang };
    if (token()) { headers.Authorization = 'Bearer ' + token(); }
    fetch('/api/kpi/partnership', { headers: headers }).then(function (response) {
      return response.json().catch(function () { return null; }).then(function (body) {
        tbody.textContent = '';
        if (!response.ok) {
          status.textContent = t().failed + problemText(response, body);
          status.classList.add('error');
          return;
        }
        var members = (body && body.memberOrganisations) || { byType: [] };
        $('kpi-period').textContent = (body && body.label) || '';
        (members.byType || []).forEach(function (row) {
          var tr = document.createElement('tr');
          tr.append(cell('td', row.label || row.type), cell('td', row.inYear, true),
                    cell('td', row.cumulative, true));
          tbody.append(tr);
        });
        if ((members.byType || []).length) {
          var total = document.createElement('tr');
          total.append(cell('th', t().total), cell('td', members.inYear, true), cell('td', members.cumulative, true));
          tbody.append(total);
        }
        status.textContent = (members.byType || []).length ? '' : t().empty;
      });
    }).catch(function (e) {
      status.textContent = t().failed + e.message;
      status.classList.add('error');
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    $('login-form').addEventListener('submit', login);
    $('logout').addEventListener('click', function () {
      sessionStorage.removeItem(TOKEN_KEY);
      showUser();
    });
    $('lang-toggle').addEventListener('click', function () {
      lang = lang === 'ja' ? 'en' : 'ja';
      localStorage.setItem('kyoso.lang', lang);
      applyLanguage();
      loadKpi();
    });
    $('kpi-reload').addEventListener('click', loadKpi);
    applyLanguage();
    loadKpi();
  });
}());
