package io.recruitbot.conversation.llm;

import java.util.List;

import io.recruitbot.conversation.understanding.ProfileFacts;

/**
 * Facts from a model are suggestions: blank texts, impossible numbers and addresses without an {@code @} are dropped,
 * so screening asks again instead of storing nonsense.
 */
final class PlausibleFacts {

	private PlausibleFacts() {
	}

	static ProfileFacts of(ProfileFacts facts) {
		if (facts == null) {
			return ProfileFacts.NONE;
		}
		String email = text(facts.email());
		return new ProfileFacts(facts.consent(), text(facts.name()), (email != null && email.contains("@")) ? email : null,
				text(facts.city()), text(facts.desiredRole()), within(facts.yearsExperience(), 0, 60),
				text(facts.availability()), within(facts.hoursPerWeek(), 1, 80), facts.drivingLicense(),
				facts.workPermit(), languages(facts.languages()), text(facts.salaryExpectation()));
	}

	private static String text(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	private static <N extends Number> N within(N value, double min, double max) {
		return (value != null && value.doubleValue() >= min && value.doubleValue() <= max) ? value : null;
	}

	private static List<String> languages(List<String> languages) {
		if (languages == null) {
			return null;
		}
		List<String> named = languages.stream().map(PlausibleFacts::text).filter((language) -> language != null).toList();
		return named.isEmpty() ? null : named;
	}

}
