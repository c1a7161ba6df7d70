// The signed-in user. The token lives in sessionStorage only (gone when the tab closes) and is only ever sent back
// to this origin; the page holds no key of its own.

const TOKEN_KEY = 'kyoso.token';
const listeners = new Set();

export function token() {
  const jwt = sessionStorage.getItem(TOKEN_KEY);
  const claims = decode(jwt);
  if (jwt && (!claims || claims.exp * 1000 <= Date.now())) {
    sessionStorage.removeItem(TOKEN_KEY);
    return null;
  }
  return jwt;
}

/** The token's claims (`sub`, `name`, `roles`, `org`, `uid`, `exp`) or null when nobody is signed in. */
export function user() {
  return decode(token());
}

export function hasAnyRole(roles) {
  const current = user();
  return Boolean(current) && (current.roles || []).some((role) => roles.includes(role));
}

export function signIn(accessToken) {
  sessionStorage.setItem(TOKEN_KEY, accessToken);
  listeners.forEach((listener) => listener());
}

export function signOut() {
  sessionStorage.removeItem(TOKEN_KEY);
  listeners.forEach((listener) => listener());
}

export function onSessionChange(listener) {
  listeners.add(listener);
}

function decode(jwt) {
  if (!jwt) {
    return null;
  }
  try {
    const part = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(part), (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch (e) {
    return null;
  }
}
