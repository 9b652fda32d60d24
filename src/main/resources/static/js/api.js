// The one way the pages talk to the API: JSON (or a file) in, JSON out on the signed-in recruiter's session, the CSRF token on
// every change (Spring Security's XSRF-TOKEN cookie, sent back as X-XSRF-TOKEN) and a 401 sent to the login page.

let signingOut = false;

function csrfToken() {
  const cookie = document.cookie.split('; ').find((part) => part.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : null;
}

/** An API answer that was not a success: status, the ApiError's code and message, and its field errors if any. */
export class ApiFailure extends Error {
  constructor(status, body) {
    super(body && body.message ? body.message : 'HTTP ' + status);
    this.status = status;
    this.code = body && body.error;
    this.fields = (body && body.fields) || {};
  }
}

export async function api(path, options = {}) {
  const method = (options.method || 'GET').toUpperCase();
  const headers = { Accept: 'application/json' };
  if (options.file !== undefined) headers['Content-Type'] = options.file.type || 'application/octet-stream';
  else if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const csrf = csrfToken();
  if (csrf && method !== 'GET') headers['X-XSRF-TOKEN'] = csrf;
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: options.file !== undefined ? options.file : (options.body === undefined ? undefined : JSON.stringify(options.body))
  });
  if (response.status === 401 && !signingOut && location.pathname !== '/login') {
    location.assign('/login');
  }
  if (response.status === 204) return null;
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiFailure(response.status, body);
  return body;
}

export const post = (path, body) => api(path, { method: 'POST', body: body === undefined ? {} : body });

/** Sends a file as the request body, under its own type. */
export const upload = (path, file) => api(path, { method: 'POST', file });

/** Ends the session (Spring Security's POST /logout, with the CSRF token) and shows the login page. */
export async function signOut() {
  // the live updates see the ended session too: the sign-out's own page wins over their redirect
  signingOut = true;
  const csrf = csrfToken();
  await fetch('/logout', { method: 'POST', headers: csrf ? { 'X-XSRF-TOKEN': csrf } : {}, redirect: 'manual' });
  location.assign('/login?logout');
}
