package io.recruitbot.conversation;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

/**
 * The screening personas of {@code src/test/resources/screening/*.json} (the format of
 * {@code shared/fixtures/screening-dev.json}): more personas are a data change.
 */
final class Personas {

	static final List<String> FILES = List.of("screening/screening-dev.json", "screening/screening-workflow.json");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Personas() {
	}

	static Stream<Persona> personas() {
		return files().flatMap((file) -> file.get("personas").valueStream()).map(Persona::new);
	}

	static Stream<IntentCase> intents() {
		return files().flatMap((file) -> file.path("intents").valueStream()).map(IntentCase::new);
	}

	private static Stream<JsonNode> files() {
		return FILES.stream().map(Personas::read);
	}

	private static JsonNode read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return JSON.readTree(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + path, ex);
		}
	}

	static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.valueStream().forEach((value) -> texts.add(value.asString()));
		return texts;
	}

	/** A candidate who answers every question with {@code answers[awaitingField]}. */
	record Persona(JsonNode data) {

		String id() {
			return this.data.get("id").asString();
		}

		String waId() {
			return this.data.get("waId").asString();
		}

		String profileName() {
			return this.data.path("profileName").asString(null);
		}

		String opening() {
			return this.data.get("opening").asString();
		}

		JsonNode answer(String field) {
			return this.data.get("answers").get(field);
		}

		List<String> volunteered() {
			return texts(this.data.path("volunteered"));
		}

		List<JsonNode> interjections(String field) {
			return this.data.path("interjections")
				.valueStream()
				.filter((interjection) -> interjection.get("before").asString().equals(field))
				.toList();
		}

		List<String> finallySays() {
			return texts(this.data.path("finally"));
		}

		Map<String, JsonNode> expect() {
			return this.data.get("expect").properties().stream().collect(
					java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		}

		String expectStatus() {
			return this.data.path("expectStatus").asString(null);
		}

		@Override
		public String toString() {
			return id();
		}

	}

	/** A short conversation that must end in a status, an erasure, or replies containing some texts. */
	record IntentCase(JsonNode data) {

		String id() {
			return this.data.get("id").asString();
		}

		String waId() {
			return this.data.get("waId").asString();
		}

		List<String> messages() {
			return texts(this.data.get("messages"));
		}

		String expectStatus() {
			return this.data.path("expectStatus").asString(null);
		}

		boolean expectErased() {
			return this.data.path("expectErased").asBoolean(false);
		}

		List<String> expectReplyContains() {
			return texts(this.data.path("expectReplyContains"));
		}

		@Override
		public String toString() {
			return id();
		}

	}

}
