package io.recruitbot.crm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.recruitbot.candidate.Candidate;
import io.recruitbot.candidate.CandidateProfile;
import io.recruitbot.candidate.CandidateStatus;
import io.recruitbot.candidate.TranscriptMessage;

/** How a candidate looks in Chatwoot: contact name and custom attributes, status label, status-change notes. */
final class CrmProfile {

	/** Every label the platform sets, one per status; recruiters' own labels are left alone. */
	static final List<String> STATUS_LABELS = java.util.Arrays.stream(CandidateStatus.values()).map(CrmProfile::label)
		.toList();

	private CrmProfile() {
	}

	/** Chatwoot's phone format: E.164 with the plus. */
	static String phoneNumber(Candidate candidate) {
		return "+" + candidate.phone();
	}

	static String displayName(Candidate candidate) {
		if (candidate.profile().name() != null && !candidate.profile().name().isBlank()) {
			return candidate.profile().name();
		}
		if (candidate.profileName() != null && !candidate.profileName().isBlank()) {
			return candidate.profileName();
		}
		return phoneNumber(candidate);
	}

	/** The profile's fields in snake case (unknown ones null, which clears them in Chatwoot), and the status. */
	static Map<String, Object> attributes(Candidate candidate) {
		Map<String, Object> attributes = new LinkedHashMap<>();
		attributes.put("recruitbot_candidate_id", candidate.id().toString());
		attributes.put("status", candidate.status().name());
		Map<String, Object> known = candidate.profile().values();
		for (String field : CandidateProfile.fieldNames()) {
			Object value = known.get(field);
			attributes.put(CandidateProfile.snakeCase(field),
					(value instanceof List<?> list) ? String.join(", ", list.stream().map(String::valueOf).toList())
							: value);
		}
		attributes.put("consent_at", (candidate.consentAt() != null) ? candidate.consentAt().toString() : null);
		attributes.put("matched_vacancy_ids", String.join(", ", candidate.matchedVacancyIds()));
		return attributes;
	}

	static String label(CandidateStatus status) {
		return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The status labels to take off when the candidate is in {@code status}. */
	static List<String> otherStatusLabels(CandidateStatus status) {
		return STATUS_LABELS.stream().filter((label) -> !label.equals(label(status))).toList();
	}

	/** The contact attributes the mirror writes, by key, with the name Chatwoot's sidebar shows. */
	static Map<String, String> attributeNames() {
		Map<String, String> names = new LinkedHashMap<>();
		names.put("recruitbot_candidate_id", "Recruitbot candidate id");
		names.put("status", "Screening status");
		for (String field : CandidateProfile.fieldNames()) {
			String key = CandidateProfile.snakeCase(field);
			names.put(key, Character.toUpperCase(key.charAt(0)) + key.substring(1).replace('_', ' '));
		}
		names.put("consent_at", "Consent given at");
		names.put("matched_vacancy_ids", "Matched vacancies");
		return names;
	}

	/** The private note a recruiter reads when the status changes. */
	static String statusNote(Candidate candidate, String previousStatus) {
		StringBuilder note = new StringBuilder("Status: ").append(candidate.status().name());
		if (previousStatus != null) {
			note.append(" (was ").append(previousStatus).append(')');
		}
		note.append('.');
		if (!candidate.matchedVacancyIds().isEmpty()) {
			note.append(" Matched vacancies: ").append(String.join(", ", candidate.matchedVacancyIds())).append('.');
		}
		if (candidate.status() == CandidateStatus.HANDED_OFF) {
			note.append(" The bot is quiet until this conversation is set to pending or resolved.");
		}
		return note.toString();
	}

	/** What a transcript message shows in Chatwoot; media are named, not copied. */
	static String content(TranscriptMessage message) {
		if (message.text() != null && !message.text().isBlank()) {
			return message.text();
		}
		String file = (message.fileName() != null) ? ": " + message.fileName() : "";
		return "[" + message.type() + file + "]";
	}

}
