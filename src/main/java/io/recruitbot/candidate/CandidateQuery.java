package io.recruitbot.candidate;

/** Filters and paging of the candidate list; {@code page} counts from 0. */
record CandidateQuery(String phone, CandidateStatus status, int page, int size) {
}
