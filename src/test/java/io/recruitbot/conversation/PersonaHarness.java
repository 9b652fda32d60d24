package io.recruitbot.conversation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.recruitbot.candidate.Candidate;
import io.recruitbot.candidate.CandidateRepository;
import io.recruitbot.conversation.Personas.IntentCase;
import io.recruitbot.conversation.Personas.Persona;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Plays a persona the way the fixture describes it: the opening, then each bot question answered with
 * {@code answers[awaitingField]}; checks that volunteered fields are never asked and the profile ends as expected.
 */
final class PersonaHarness {

	/** How the harness reaches the bot: the engine directly, or the signed webhook and the sandbox outbox. */
	interface CandidatePhone {

		/** Sends a text and returns every message the bot sent to that number since (after it was handled). */
		List<Chat.Sent> send(String waId, String profileName, String text);

	}

	private static final int MAX_TURNS = 40;

	private final CandidatePhone phone;

	private final CandidateRepository candidates;

	private final JsonMapper json;

	PersonaHarness(CandidatePhone phone, CandidateRepository candidates, JsonMapper json) {
		this.phone = phone;
		this.candidates = candidates;
		this.json = json;
	}

	void play(Persona persona) {
		List<String> asked = new ArrayList<>();
		Set<JsonNode> interjected = new HashSet<>();
		List<Chat.Sent> replies = this.phone.send(persona.waId(), persona.profileName(), persona.opening());
		for (int turn = 0; turn < MAX_TURNS; turn++) {
			Optional<String> field = awaitedField(replies);
			if (field.isEmpty()) {
				break;
			}
			asked.add(field.get());
			Optional<JsonNode> interjection = persona.interjections(field.get())
				.stream()
				.filter((candidate) -> !interjected.contains(candidate))
				.findFirst();
			if (interjection.isPresent()) {
				interjected.add(interjection.get());
				replies = interject(persona, interjection.get(), field.get());
				continue;
			}
			JsonNode answer = persona.answer(field.get());
			if (answer == null) {
				fail("%s: the bot asked for %s, which the persona has no answer for (asked so far: %s)", persona,
						field.get(), asked);
			}
			replies = this.phone.send(persona.waId(), persona.profileName(), answer.asString());
		}
		assertThat(awaitedField(replies)).as("%s: the screening ends within %d questions", persona, MAX_TURNS).isEmpty();
		persona.finallySays().forEach((text) -> this.phone.send(persona.waId(), persona.profileName(), text));
		assertThat(asked).as("%s: volunteered fields are never asked", persona)
			.filteredOn(persona.volunteered()::contains)
			.isEmpty();
		assertThat(interjected).as("%s: every interjection was sent", persona)
			.hasSize(persona.data().path("interjections").size());
		Candidate candidate = this.candidates.findByPhone(persona.waId()).orElseThrow();
		assertProfile(persona.toString(), candidate, persona.expect());
		if (persona.expectStatus() != null) {
			assertThat(candidate.status().name()).as("%s: status", persona).isEqualTo(persona.expectStatus());
		}
	}

	/** An interjection replaces the answer once; the bot must then ask for the same field again. */
	private List<Chat.Sent> interject(Persona persona, JsonNode interjection, String field) {
		List<Chat.Sent> replies = this.phone.send(persona.waId(), persona.profileName(),
				interjection.get("text").asString());
		if (interjection.path("expectNoReply").asBoolean(false)) {
			assertThat(replies).as("%s: no reply to '%s'", persona, interjection.get("text").asString()).isEmpty();
			return List.of(new Chat.Sent("", List.of(), field));
		}
		String text = String.join("\n", replies.stream().map(Chat.Sent::text).toList());
		Personas.texts(interjection.path("expectReplyContains"))
			.forEach((expected) -> assertThat(text).as("%s: reply to '%s'", persona, interjection.get("text"))
				.contains(expected));
		Optional<String> askedAgain = awaitedField(replies);
		askedAgain.ifPresent((again) -> assertThat(again).as("%s: asks for %s again after '%s'", persona, field,
				interjection.get("text")).isEqualTo(field));
		return askedAgain.isPresent() ? replies : List.of(new Chat.Sent("", List.of(), field));
	}

	void play(IntentCase intent) {
		List<Chat.Sent> replies = new ArrayList<>();
		for (String message : intent.messages()) {
			replies.addAll(this.phone.send(intent.waId(), null, message));
		}
		Optional<Candidate> candidate = this.candidates.findByPhone(intent.waId());
		if (intent.expectErased()) {
			assertThat(candidate).as("%s: erased", intent).isEmpty();
		}
		if (intent.expectStatus() != null) {
			assertThat(candidate).as("%s: candidate", intent).isPresent();
			assertThat(candidate.get().status().name()).as("%s: status", intent).isEqualTo(intent.expectStatus());
		}
		String text = String.join("\n", replies.stream().map(Chat.Sent::text).toList());
		intent.expectReplyContains()
			.forEach((expected) -> assertThat(text).as("%s: replies", intent).contains(expected));
	}

	private void assertProfile(String persona, Candidate candidate, Map<String, JsonNode> expect) {
		JsonNode actual = this.json.valueToTree(candidate);
		expect.forEach((key, expected) -> {
			boolean substring = key.endsWith("~");
			String field = substring ? key.substring(0, key.length() - 1) : key;
			JsonNode value = actual.get(field);
			assertThat(value).as("%s: %s", persona, field).isNotNull();
			if (expected.isNumber()) {
				assertThat(value.isNumber() && value.asDouble() == expected.asDouble())
					.as("%s: %s is %s, expected %s", persona, field, value, expected).isTrue();
			}
			else if (expected.isBoolean()) {
				assertThat(value.isBoolean() ? value.asBoolean() : null).as("%s: %s", persona, field)
					.isEqualTo(expected.asBoolean());
			}
			else if (substring) {
				assertThat(lower(value)).as("%s: %s", persona, field).contains(expected.asString().toLowerCase(Locale.ROOT));
			}
			else {
				assertThat(lower(value)).as("%s: %s", persona, field).isEqualTo(expected.asString().toLowerCase(Locale.ROOT));
			}
		});
	}

	private static String lower(JsonNode value) {
		return value.isNull() ? null : value.asString().toLowerCase(Locale.ROOT);
	}

	/** The field the bot's latest question waits for, if its latest replies ask one. */
	private static Optional<String> awaitedField(List<Chat.Sent> replies) {
		for (int i = replies.size() - 1; i >= 0; i--) {
			if (replies.get(i).awaitingField() != null) {
				return Optional.of(replies.get(i).awaitingField());
			}
		}
		return Optional.empty();
	}

}
