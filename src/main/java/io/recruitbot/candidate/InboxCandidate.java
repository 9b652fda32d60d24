package io.recruitbot.candidate;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A candidate as the recruiter's inbox and the admin API show them: the candidate's fields, and beside them who looks
 * after them and where their conversation stands.
 *
 * @param assignedTo the recruiter (e-mail) who looks after the candidate, or null
 * @param lastMessageAt the latest message in either direction, or null before any
 * @param waitingSince while a person has the conversation: since when the candidate's messages wait for their answer
 * (the first one no person answered yet); null when nobody waits
 */
public record InboxCandidate(@JsonUnwrapped Candidate candidate, String assignedTo, Instant lastMessageAt,
		Instant waitingSince) {
}
