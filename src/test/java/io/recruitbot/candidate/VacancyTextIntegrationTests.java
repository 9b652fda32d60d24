package io.recruitbot.candidate;

import io.recruitbot.system.TestDatabases;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static io.recruitbot.system.security.MachineRequests.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A vacancy's text a database cannot store (PostgreSQL refuses the NUL character) is a 400 naming the field, on
 * PostgreSQL and H2 alike; other unusual but storable characters are stored.
 */
class VacancyTextIntegrationTests {

	@SpringBootTest
	@AutoConfigureMockMvc
	abstract static class OnADatabase {

		@Autowired
		MockMvc mvc;

		@ParameterizedTest
		@ValueSource(strings = { "title", "city", "description" })
		void aNulCharacterIsRefusedNamingTheField(String field) throws Exception {
			this.mvc.perform(post("/api/vacancies").contentType(MediaType.APPLICATION_JSON).content(vacancy(field, "Bar\\u0000ista")))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.error").value("validation_failed"))
				.andExpect(jsonPath("$.message").value(field + " must not contain the NUL character (\\u0000)"));
		}

		@ParameterizedTest
		@ValueSource(strings = { "title", "city", "description" })
		void otherControlAndNonLatinCharactersAreStored(String field) throws Exception {
			this.mvc.perform(post("/api/vacancies").contentType(MediaType.APPLICATION_JSON).content(vacancy(field, "Bar\\tista \\u00e9\\u4e2d\\ud83d\\ude00")))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$." + field).value("Bar\tista é中😀"))
				.andExpect(jsonPath("$.message").doesNotExist());
		}

		private static String vacancy(String field, String text) {
			String title = field.equals("title") ? text : "Barista";
			String city = field.equals("city") ? text : "Utrecht";
			String description = field.equals("description") ? text : "Coffee";
			return """
					{"id":"text-%s-%s","title":"%s","city":"%s","description":"%s"}""".formatted(field,
					java.util.UUID.randomUUID().toString().substring(0, 8), title, city, description);
		}

	}

	@Nested
	class OnPostgresql extends OnADatabase {

		@DynamicPropertySource
		static void postgresql(DynamicPropertyRegistry properties) {
			properties.add("recruitbot.database.url", () -> TestDatabases.POSTGRES_URL);
		}

	}

	@Nested
	class OnH2 extends OnADatabase {

	}

}
