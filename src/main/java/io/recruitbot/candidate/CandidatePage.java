package io.recruitbot.candidate;

import java.util.List;

/** One page of candidates and how many match in all. */
record CandidatePage(List<Candidate> items, long total) {
}
