package io.recruitbot.candidate;

import java.time.Instant;

/** What a recruiter wrote down about a candidate, for colleagues only: never sent to the candidate. */
record RecruiterNote(String author, String text, Instant at) {
}
