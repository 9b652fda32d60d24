// The signed-in recruiter's session, for every console script (docs/access.md, "The console's scripts").
'use strict';

const RecruitbotSession = {
  // Spring Security's CSRF contract: the XSRF-TOKEN cookie's value goes back in the X-XSRF-TOKEN header
  csrfHeaders() {
    const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
    return match ? { 'X-XSRF-TOKEN': decodeURIComponent(match[1]) } : {};
  },

  // the session ended (signed out elsewhere, expired, server restarted): sign in again
  signInAgainOn(status) {
    if (status === 401 && !this.signingOut) location.assign('/login');
  },

  async me() {
    const response = await fetch('/api/me', { headers: { Accept: 'application/json' } });
    this.signInAgainOn(response.status);
    return response.ok ? response.json() : null;
  },

  async signOut() {
    // the page's own polling sees the ended session too; the sign-out's own page wins
    this.signingOut = true;
    await fetch('/logout', { method: 'POST', headers: this.csrfHeaders(), redirect: 'manual' });
    location.assign('/login?logout');
  }
};
