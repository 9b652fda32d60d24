/**
 * Chatwoot for the recruiters: the mirror of each consented candidate's conversation and profile, and the hand-off the
 * way Chatwoot's Agent Bots do it (the bot's conversations {@code pending}, the recruiters' {@code open}). Owns the
 * tables {@code conversation} (the Chatwoot contact and conversation of a candidate, and who handles it),
 * {@code crm_message_sync}, {@code crm_candidate_sync}, {@code crm_outgoing} and {@code crm_erasure}. The candidate and
 * the transcript are the candidate module's: read through {@code CandidateRepository} and {@code Transcript}, changed
 * through {@code Candidates} ({@code handOff}, {@code handBack}).
 * <ul>
 * <li>{@code CandidateStatusInChatwoot} listens to every {@code CandidateStatusChanged} of a consented candidate: the
 * candidate becomes due for the mirror, a hand-off or hand-back records who handles the conversation and, when made
 * outside Chatwoot, the status the conversation must get there.</li>
 * <li>{@code ChatwootHandover} listens to {@code CandidateQualified}: with {@code CHATWOOT_HANDOFF_ON=qualified} the
 * candidate is handed over.</li>
 * <li>{@code ErasedCandidateContact} listens to {@code CandidateErased}: the Chatwoot contact is deleted, retried by
 * {@code ChatwootErasures} until done.</li>
 * <li>{@code MirrorRelay} polls for what is due: status changes it was told of, messages the transcript has not passed
 * on yet (messages have no event: a message is recorded many times a second, and the relay batches them), erasures to
 * retry and failed deliveries to report.</li>
 * </ul>
 */
package io.recruitbot.crm;
