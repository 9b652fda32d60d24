package io.recruitbot.candidate;

import java.util.List;

/** One page of candidates, newest activity first, and how many match in all. */
record CandidatePage(List<InboxCandidate> items, long total) {
}
