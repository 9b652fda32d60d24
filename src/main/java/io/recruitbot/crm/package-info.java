/**
 * Chatwoot for the recruiters: the mirror of each candidate's conversation and profile, and the human hand-off. Owns
 * the tables {@code conversation} (the Chatwoot contact and conversation of a candidate, and who handles it),
 * {@code crm_message_sync} and {@code crm_candidate_sync}. The candidate and the transcript are the candidate
 * module's: read through {@code CandidateRepository} and {@code Transcript}, changed through {@code Candidates}
 * ({@code handOff}, {@code handBack} when a recruiter opens or resolves a conversation).
 * <ul>
 * <li>{@code CandidateStatusInChatwoot} listens to every {@code CandidateStatusChanged}: the candidate becomes due for
 * the mirror, and a hand-off or hand-back records who handles the conversation.</li>
 * <li>{@code ErasedCandidateContact} listens to {@code CandidateErased}: the Chatwoot contact is deleted.</li>
 * <li>{@code MirrorRelay} polls for what is due: status changes it was told of, and messages the transcript has not
 * passed on yet (messages have no event: a message is recorded many times a second, and the relay batches them).</li>
 * </ul>
 */
package io.recruitbot.crm;
