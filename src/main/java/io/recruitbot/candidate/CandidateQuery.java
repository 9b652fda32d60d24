package io.recruitbot.candidate;

import java.util.Set;

/**
 * Filters and paging of the candidate list; {@code page} counts from 0. Null or empty filters do not filter.
 *
 * @param phone the exact number (digits)
 * @param statuses any of these statuses
 * @param text part of the name, WhatsApp profile name, e-mail, city or phone number, in any case
 * @param vacancyId matched to this vacancy
 * @param needsAttention only conversations a person has that wait for their answer
 */
record CandidateQuery(String phone, Set<CandidateStatus> statuses, String text, String vacancyId,
		boolean needsAttention, int page, int size) {

	CandidateQuery {
		statuses = (statuses != null) ? Set.copyOf(statuses) : Set.of();
	}

}
