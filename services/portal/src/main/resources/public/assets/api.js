// Every call to the platform goes through the portal's own origin (/login and the gateway's /api/<service>/**),
// with the bearer token when signed in and Accept-Language so that server messages come back in the chosen language.

import { lang, t } from './i18n.js';
import { signOut, token } from './session.js';

/** A failed call: `problem` is the problem+json body when the server sent one; `fieldErrors` its field errors. */
export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
    this.fieldErrors = (problem && Array.isArray(problem.errors)) ? problem.errors : [];
  }
}

/**
 * Calls `path` on the portal. `body` is sent as JSON unless `contentType` says otherwise (then as is); `headers` are
 * added (the sign-in's second-factor code). Answers the
 * parsed JSON (or text), null for 204; throws ApiError for any non-2xx answer.
 */
export async function api(path, { method = 'GET', body, contentType = 'application/json', headers: extra = {} } = {}) {
  const headers = { 'Accept': 'application/json, application/problem+json', 'Accept-Language': lang(), ...extra };
  const jwt = token();
  if (jwt) {
    headers.Authorization = `Bearer ${jwt}`;
  }
  let payload;
  if (body !== undefined) {
    headers['Content-Type'] = contentType;
    payload = contentType === 'application/json' ? JSON.stringify(body) : body;
  }
  let response;
  try {
    response = await fetch(path, { method, headers, body: payload });
  } catch (e) {
    throw new ApiError(0, { detail: t('common.failed', e.message) });
  }
  const type = response.headers.get('Content-Type') || '';
  const text = response.status === 204 ? '' : await response.text();
  const parsed = text && type.includes('json') ? safeJson(text) : (text || null);
  if (!response.ok) {
    if (response.status === 401 && jwt) {
      signOut();
    }
    // An HTML or text body (a proxy's error page) says nothing a user can act on; the status does.
    throw new ApiError(response.status, parsed && typeof parsed === 'object' ? parsed : null);
  }
  return parsed;
}

/** Builds a query string from the defined values of `params`. */
export function query(params) {
  const search = new URLSearchParams();
  Object.entries(params).forEach(([key, value]) => {
    if (value !== undefined && value !== null && value !== '') {
      search.set(key, value);
    }
  });
  const text = search.toString();
  return text ? `?${text}` : '';
}

function safeJson(text) {
  try {
    return JSON.parse(text);
  } catch (e) {
    return { detail: text };
  }
}
