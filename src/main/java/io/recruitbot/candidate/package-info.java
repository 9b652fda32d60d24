/**
 * The candidate's record, and its one owner: candidates, their consents, the transcript, the questions kept for a
 * recruiter and recruiters' notes (tables {@code candidate}, {@code consent_record}, {@code message},
 * {@code candidate_open_question}, {@code candidate_note}), vacancies ({@code vacancy}), erasure ({@code erasure_record},
 * {@code erasure_key}), and the admin API over them. No other module has SQL
 * on these tables ({@code TableOwnershipTests} fails the build when one does); they call this module instead:
 * <ul>
 * <li>{@link io.recruitbot.candidate.Candidates}: the lifecycle, as a recruiter says it ({@code startScreening},
 * {@code recordAnswers}, {@code speaksIn}, {@code keepQuestionForRecruiter}, {@code qualify}, {@code screenOut},
 * {@code handOff}, {@code handBack}, a recruiter's {@code shortlist} and {@code reject}, {@code optOut}, {@code optIn},
 * and {@code assign}). Each transition names the statuses it may leave from, changes only its own columns in one guarded
 * statement, refuses anything else with {@link io.recruitbot.candidate.CandidateTransitionRefused} (409 in the API)
 * and publishes a {@link io.recruitbot.candidate.CandidateStatusChanged} event in its transaction.</li>
 * <li>{@link io.recruitbot.candidate.Transcript}: every message in both directions ({@code recordInbound},
 * {@code recordOutbound}, {@code recordSent}, {@code recordFailed}, {@code recordUnknown},
 * {@code recordDeliveryStatus}) and the reads other modules need (the last inbound message for the 24-hour window,
 * whether the candidate wrote since, what the CRM mirror has not passed on).</li>
 * <li>{@link io.recruitbot.candidate.CandidateRepository}: reads, and the creation of a candidate on their first
 * message; {@link io.recruitbot.candidate.CandidateErasure}: erasure, with {@link
 * io.recruitbot.candidate.CandidateErased}.</li>
 * </ul>
 * A recruiter's take-over always wins over a bot step that started earlier: the bot's answers never touch the status,
 * and its transitions leave only from statuses a recruiter's hand-off has left.
 *
 * <h2>A new screening field</h2>
 * <ol>
 * <li>a component of {@link io.recruitbot.candidate.CandidateProfile}: the Candidate JSON, the workflow state, the
 * columns and the Chatwoot attributes follow it;</li>
 * <li>a migration adding its column, named as the field in snake case ({@code desiredRole}: {@code desired_role});</li>
 * <li>the question text in {@code application.yml} ({@code recruitbot.screening.questions}), if the bot asks it;</li>
 * <li>the reader: a constant of {@code conversation.understanding.ScreeningField}, a component of
 * {@code ProfileFacts}, and the reading itself in {@code ProfileFactReader} (offline) and, for Claude, a property of
 * {@code MessageReadingTool} and its check in {@code PlausibleFacts}.</li>
 * </ol>
 * Matching (in {@code conversation.VacancyMatching}) changes only when the field should decide a match.
 */
package io.recruitbot.candidate;
