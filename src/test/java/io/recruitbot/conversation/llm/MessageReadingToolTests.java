package io.recruitbot.conversation.llm;

import java.util.List;

import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import io.recruitbot.conversation.understanding.Intent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MessageReadingToolTests {

	private final MessageReadingTool tool = new MessageReadingTool(JsonMapper.builder().build());

	@Test
	void theSchemaOffersEveryIntentAndOnlyTheOpenVacancies() {
		JsonObjectSchema parameters = this.tool.specification(ClaudeMessageReaderTests.VACANCIES).parameters();

		assertThat(((JsonEnumSchema) parameters.properties().get("intent")).enumValues())
			.hasSize(Intent.values().length);
		JsonObjectSchema question = (JsonObjectSchema) parameters.properties().get("question");
		assertThat(((JsonEnumSchema) question.properties().get("vacancyId")).enumValues())
			.containsExactly("truck-driver-rotterdam", "barista-utrecht");
		assertThat(parameters.required()).containsExactly("intent");
	}

	@Test
	void aQuestionWithoutTopicIsAGeneralQuestion() {
		var reading = this.tool.read("{\"intent\": \"VACANCY_QUESTION\"}", List.of());

		assertThat(reading.question().topic().name()).isEqualTo("GENERAL");
		assertThat(reading.question().vacancyId()).isNull();
	}

	@Test
	void argumentsThatAreNotJsonAreRefused() {
		assertThatExceptionOfType(InvalidReadingException.class).isThrownBy(() -> this.tool.read("intent=APPLY", List.of()));
	}

}
