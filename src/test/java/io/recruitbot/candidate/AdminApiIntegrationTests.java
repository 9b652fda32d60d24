package io.recruitbot.candidate;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static io.recruitbot.system.security.MachineRequests.delete;
import static io.recruitbot.system.security.MachineRequests.get;
import static io.recruitbot.system.security.MachineRequests.post;
import static io.recruitbot.system.security.MachineRequests.put;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The admin API of the contract (section 3), every status code it promises, on the embedded database. */
@SpringBootTest
@AutoConfigureMockMvc
class AdminApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CandidateRepository candidates;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Transcript transcript;

	@Test
	void anEmptyDatabaseStartsWithTheSixDemoVacancies() throws Exception {
		this.mvc.perform(get("/api/vacancies"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == 'truck-driver-venlo')].requiresDrivingLicense").value(true))
			.andExpect(jsonPath("$[?(@.id == 'warehouse-rotterdam')].active").value(true))
			.andExpect(jsonPath("$[*].id", org.hamcrest.Matchers.hasItems("warehouse-rotterdam", "forklift-tilburg",
					"customer-service-amsterdam", "truck-driver-venlo", "nurse-utrecht", "java-developer-eindhoven")));
	}

	@Test
	void aVacancyIsCreatedReadReplacedAndDeleted() throws Exception {
		this.mvc.perform(post("/api/vacancies").contentType(MediaType.APPLICATION_JSON).content("""
				{"id":"barista-utrecht","title":"Barista","city":"Utrecht","hoursPerWeekMin":16,"hoursPerWeekMax":32}"""))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/vacancies/barista-utrecht"))
			.andExpect(jsonPath("$.id").value("barista-utrecht"))
			.andExpect(jsonPath("$.active").value(true))
			.andExpect(jsonPath("$.minYearsExperience").value(0));
		this.mvc.perform(post("/api/vacancies").contentType(MediaType.APPLICATION_JSON).content("""
				{"id":"barista-utrecht","title":"Head Barista","city":"Utrecht"}"""))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.error").value("vacancy_exists"));
		this.mvc.perform(get("/api/vacancies/barista-utrecht"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Barista"));

		this.mvc.perform(put("/api/vacancies/barista-utrecht").contentType(MediaType.APPLICATION_JSON).content("""
				{"title":"Head Barista","city":"Utrecht","active":false}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value("barista-utrecht"))
			.andExpect(jsonPath("$.title").value("Head Barista"))
			.andExpect(jsonPath("$.hoursPerWeekMin").isEmpty())
			.andExpect(jsonPath("$.active").value(false));
		this.mvc.perform(get("/api/vacancies/barista-utrecht")).andExpect(jsonPath("$.title").value("Head Barista"));

		this.mvc.perform(delete("/api/vacancies/barista-utrecht")).andExpect(status().isNoContent());
		this.mvc.perform(delete("/api/vacancies/barista-utrecht"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").value("not_found"));
	}

	@Test
	void anUnknownVacancyIsNotFoundAndAVacancyKeepsItsId() throws Exception {
		this.mvc.perform(get("/api/vacancies/no-such-vacancy")).andExpect(status().isNotFound());
		this.mvc.perform(put("/api/vacancies/no-such-vacancy").contentType(MediaType.APPLICATION_JSON).content("""
				{"title":"Ghost","city":"Utrecht"}"""))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").value("not_found"));
		this.mvc.perform(put("/api/vacancies/warehouse-rotterdam").contentType(MediaType.APPLICATION_JSON).content("""
				{"id":"warehouse-utrecht","title":"Warehouse","city":"Utrecht"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message", containsString("id must be the vacancy's id 'warehouse-rotterdam'")));
		this.mvc.perform(put("/api/vacancies/warehouse-rotterdam").contentType(MediaType.APPLICATION_JSON).content("""
				{"title":"","city":"Rotterdam","hoursPerWeekMin":40,"hoursPerWeekMax":20}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(
					"hoursPerWeekMin must not exceed hoursPerWeekMax; title must not be blank"));
	}

	@Test
	void aValueOfTheWrongKindIsRefusedInTheRecruitersWords() throws Exception {
		this.mvc.perform(post("/api/vacancies").contentType(MediaType.APPLICATION_JSON).content("""
				{"id":"barista-delft","title":"Barista","city":"Delft","hoursPerWeekMin":"forty"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("validation_failed"))
			.andExpect(jsonPath("$.message").value("hoursPerWeekMin must be a whole number"));
		this.mvc.perform(put("/api/vacancies/warehouse-rotterdam").contentType(MediaType.APPLICATION_JSON).content("""
				{"title":"Warehouse","city":"Rotterdam","requiresDrivingLicense":"sometimes"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value("requiresDrivingLicense must be true or false"));
		this.mvc.perform(get("/api/vacancies/barista-delft")).andExpect(status().isNotFound());
	}

	@Test
	void anInvalidVacancyIsRefusedNamingTheFields() throws Exception {
		this.mvc.perform(post("/api/vacancies").contentType(MediaType.APPLICATION_JSON).content("""
				{"id":"no spaces allowed","title":"","city":"Utrecht","hoursPerWeekMin":40,"hoursPerWeekMax":20}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("validation_failed"))
			.andExpect(jsonPath("$.message", containsString("id ")))
			.andExpect(jsonPath("$.message", containsString("title ")))
			.andExpect(jsonPath("$.message", containsString("hoursPerWeekMin must not exceed hoursPerWeekMax")))
			.andExpect(jsonPath("$.message", not(containsString("RangeOrdered"))));
	}

	@Test
	void malformedJsonIs400AndOtherMediaTypesAre415() throws Exception {
		this.mvc.perform(post("/api/vacancies").contentType(MediaType.APPLICATION_JSON).content("{\"id\": "))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("malformed_json"));
		this.mvc.perform(post("/api/vacancies").contentType(MediaType.TEXT_PLAIN).content("id=x"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.error").value("unsupported_media_type"));
	}

	@Test
	void candidatesAreListedWithFiltersAndPaging() throws Exception {
		Candidate candidate = this.candidates.findOrCreate("31611111101", "Jan");

		this.mvc.perform(get("/api/candidates").param("phone", "+31 6 1111 1101"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(candidate.id().toString()))
			.andExpect(jsonPath("$.items[0].phone").value("31611111101"))
			.andExpect(jsonPath("$.items[0].status").value("NEW"))
			.andExpect(jsonPath("$.items[0].languages", hasSize(0)))
			.andExpect(jsonPath("$.items[0].email").isEmpty());
		this.mvc.perform(get("/api/candidates").param("status", "new").param("size", "1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(1)));
	}

	@Test
	void badFiltersAre400() throws Exception {
		this.mvc.perform(get("/api/candidates").param("status", "HIRED"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("validation_failed"));
		this.mvc.perform(get("/api/candidates").param("size", "0")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/candidates").param("page", "-1")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/candidates").param("page", "first")).andExpect(status().isBadRequest());
	}

	@Test
	void unknownOrMalformedCandidateIdsAre404() throws Exception {
		this.mvc.perform(get("/api/candidates/5d9f3c1e-0000-4000-8000-000000000000"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").value("not_found"));
		this.mvc.perform(get("/api/candidates/not-a-uuid")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/candidates/not-a-uuid/messages")).andExpect(status().isNotFound());
		this.mvc.perform(delete("/api/candidates/5d9f3c1e-0000-4000-8000-000000000000")).andExpect(status().isNotFound());
	}

	@Test
	void theTranscriptShowsDeliveryStatusAuthorAndMedia() throws Exception {
		Candidate candidate = this.candidates.findOrCreate("31611111105", "Iris");
		java.time.Instant at = java.time.Instant.parse("2026-11-30T09:00:00Z");
		this.transcript.recordInbound(candidate.id(), new ReceivedMessage("wamid.cv-iris", "document", "My CV", "media-77",
				"application/pdf", "cv-iris.pdf", at));
		java.util.UUID botReply = java.util.UUID.randomUUID();
		this.transcript.recordOutbound(botReply, candidate.id(), "text", "Thanks, Iris!", at.plusSeconds(2));
		this.transcript.recordSent(botReply, "wamid.out-iris", at.plusSeconds(3), null);
		this.transcript.recordDeliveryStatus("wamid.out-iris", "read", at.plusSeconds(60), null);
		java.util.UUID recruiterReply = java.util.UUID.randomUUID();
		this.transcript.recordOutbound(recruiterReply, candidate.id(), "text", "Anna here", at.plusSeconds(90),
				"anna@example.com");
		this.transcript.recordFailed(recruiterReply, "131026", at.plusSeconds(91));

		this.mvc.perform(get("/api/candidates/{id}/messages", candidate.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].type").value("document"))
			.andExpect(jsonPath("$[0].status").isEmpty())
			.andExpect(jsonPath("$[0].media.mimeType").value("application/pdf"))
			.andExpect(jsonPath("$[0].media.fileName").value("cv-iris.pdf"))
			.andExpect(jsonPath("$[0].media.caption").value("My CV"))
			.andExpect(jsonPath("$[1].author").value("bot"))
			.andExpect(jsonPath("$[1].status").value("read"))
			.andExpect(jsonPath("$[1].media").isEmpty())
			.andExpect(jsonPath("$[2].author").value("anna@example.com"))
			.andExpect(jsonPath("$[2].status").value("failed"));
		this.mvc.perform(get("/api/candidates/{id}", candidate.id()))
			.andExpect(jsonPath("$.lastMessageAt").value("2026-11-30T09:01:30Z"));
	}

	@Test
	void aCandidateIsShownWithTranscriptAndExport() throws Exception {
		Candidate candidate = this.candidates.findOrCreate("31611111102", "Sara");
		this.jdbc.sql("""
				insert into consent_record (candidate_id, purpose, granted, recorded_at)
				values (?, 'screening', true, current_timestamp)""").param(candidate.id()).update();
		this.jdbc.sql("""
				insert into message (id, candidate_id, direction, type, text, at)
				values (random_uuid(), ?, 'inbound', 'text', 'Hello', current_timestamp)""").param(candidate.id()).update();

		this.mvc.perform(get("/api/candidates/{id}", candidate.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.profileName").value("Sara"))
			.andExpect(jsonPath("$.consentAt").isEmpty());
		this.mvc.perform(get("/api/candidates/{id}/messages", candidate.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].direction").value("inbound"))
			.andExpect(jsonPath("$[0].text").value("Hello"))
			.andExpect(jsonPath("$[0].type").value("text"))
			.andExpect(jsonPath("$[0].at").isNotEmpty());
		this.mvc.perform(get("/api/candidates/{id}/export", candidate.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.candidate.phone").value("31611111102"))
			.andExpect(jsonPath("$.consents[0].granted").value(true))
			.andExpect(jsonPath("$.messages", hasSize(1)));
	}

	@Test
	void aRecruiterTakesOverAndHandsBackAQualifiedCandidateWhoStaysQualified() throws Exception {
		Candidate candidate = this.candidates.findOrCreate("31611111104", "Noor");
		this.jdbc.sql("update candidate set status = 'QUALIFIED' where id = ?").param(candidate.id()).update();

		this.mvc.perform(post("/api/candidates/{id}/takeover", candidate.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("HANDED_OFF"));
		this.mvc.perform(post("/api/candidates/{id}/takeover", candidate.id()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.error").value("transition_refused"))
			.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("while HANDED_OFF")));
		this.mvc.perform(post("/api/candidates/{id}/handback", candidate.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("QUALIFIED"));
		this.mvc.perform(post("/api/candidates/{id}/handback", candidate.id()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.error").value("transition_refused"));
	}

	@Test
	void erasingACandidateLeavesOnlyAnAnonymousRecord() throws Exception {
		Candidate candidate = this.candidates.findOrCreate("31611111103", "Lisa");
		long erasures = this.jdbc.sql("select count(*) from erasure_record").query(Long.class).single();

		this.mvc.perform(delete("/api/candidates/{id}", candidate.id())).andExpect(status().isNoContent());

		this.mvc.perform(get("/api/candidates/{id}", candidate.id())).andExpect(status().isNotFound());
		List<String> reasons = this.jdbc.sql("select reason from erasure_record order by id").query(String.class).list();
		assertThat(reasons).hasSize((int) erasures + 1).last().isEqualTo("ADMIN_REQUEST");
	}

	@Test
	void theTokenIsServedFromAnywhere() throws Exception {
		this.mvc.perform(get("/api/vacancies").with(from("203.0.113.9"))).andExpect(status().isOk());
	}

	@Test
	void aMissingOrWrongTokenIs401EvenFromThisMachine() throws Exception {
		this.mvc.perform(MockMvcRequestBuilders.get("/api/candidates").with(from("127.0.0.1")))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.error").value("unauthorized"));
		this.mvc.perform(MockMvcRequestBuilders.get("/api/candidates").header("Authorization", "Bearer test-token-0123456780"))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(MockMvcRequestBuilders.get("/api/candidates").header("Authorization", "Basic dGVzdDp0ZXN0"))
			.andExpect(status().isUnauthorized());
	}

	static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
