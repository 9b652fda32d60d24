/**
 * The screening workflow: the agent graph, its checkpointed state and the offline understanding. Owns the tables
 * {@code conversation_checkpoint}, {@code screening_progress} and {@code erased_thread} (checkpoints of erased
 * candidates still to delete). Its one writing step, {@code reply}, applies what the agents decided through the
 * candidate module ({@code Candidates#recordAnswers} and the transitions, which publish their events) and queues the
 * replies in the {@code whatsapp} outbox, in one transaction; a recruiter's take-over that landed meanwhile keeps the
 * bot quiet. The state holds the answers as one {@code CandidateProfile} value.
 */
package io.recruitbot.conversation;
