/**
 * The recruiter console's server side: live updates to open pages (server-sent events at {@code /api/events}, fed by
 * the candidate module's {@code CandidateStatusChanged} and {@code TranscriptMessageRecorded}) and the funnel
 * ({@code /api/funnel}, {@code /api/funnel.csv}). Owns the table {@code console_status_step}: when each candidate
 * reached each status, kept from the events. The pages themselves are static files ({@code static/console/}).
 */
package io.recruitbot.console;
