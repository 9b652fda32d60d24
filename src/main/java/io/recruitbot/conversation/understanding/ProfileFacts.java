package io.recruitbot.conversation.understanding;

import java.util.List;

/**
 * What one message tells about the candidate; {@code null} means the message did not say. {@code consent} is the
 * answer to the consent question when that was asked.
 */
public record ProfileFacts(Boolean consent, String name, String email, String city, String desiredRole,
		Double yearsExperience, String availability, Integer hoursPerWeek, Boolean drivingLicense, Boolean workPermit,
		List<String> languages, String salaryExpectation) {

	public static final ProfileFacts NONE = new ProfileFacts(null, null, null, null, null, null, null, null, null, null,
			null, null);

}
