package io.recruitbot.candidate;

import java.util.List;

/**
 * What screening learns about a candidate: the answers to its questions. Unknown values are {@code null} (an empty
 * list for languages). The bot writes it with {@link Candidates#recordAnswers}, which never touches the status.
 */
public record CandidateProfile(String name, String email, String city, String desiredRole, Double yearsExperience,
		String availability, Integer hoursPerWeek, Boolean drivingLicense, Boolean workPermit, List<String> languages,
		String salaryExpectation) {

	public static final CandidateProfile EMPTY = new CandidateProfile(null, null, null, null, null, null, null, null,
			null, List.of(), null);

	public CandidateProfile {
		languages = (languages != null) ? List.copyOf(languages) : List.of();
	}

}
