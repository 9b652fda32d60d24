/**
 * Recruiters who sign in to the console: their accounts (table {@code recruiter}, owned here), roles, the first
 * administrator (from {@code RECRUITBOT_ADMIN_EMAIL} or a one-time set-up link), the login and set-up pages, lock-out
 * after repeated failures, optional OpenID Connect sign-on mapped to accounts by e-mail, and the management API
 * ({@code /api/recruiters}, {@code /api/me}). Who may reach which path is decided in {@code system.security}.
 */
package io.recruitbot.recruiter;
