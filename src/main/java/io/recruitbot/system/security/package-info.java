/**
 * Who may call what: the filter chain of the admin API ({@code /api/**}), the firewall every request passes, and their
 * refusals as {@link io.recruitbot.system.ApiError} JSON. A chain for recruiter logins belongs here too, beside
 * {@link io.recruitbot.system.security.ApiSecurity}.
 */
package io.recruitbot.system.security;
