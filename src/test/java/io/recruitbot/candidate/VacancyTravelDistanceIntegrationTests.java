package io.recruitbot.candidate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static io.recruitbot.system.security.MachineRequests.get;
import static io.recruitbot.system.security.MachineRequests.post;
import static io.recruitbot.system.security.MachineRequests.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A vacancy's {@code maxTravelKm}: 30 unless it says otherwise, between 1 and 500, in the API and the demo data. */
@SpringBootTest
@AutoConfigureMockMvc
class VacancyTravelDistanceIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aVacancyWithoutATravelDistanceGetsThirtyKilometres() throws Exception {
		this.mvc.perform(post("/api/vacancies").contentType(MediaType.APPLICATION_JSON).content("""
				{"id":"cook-delft","title":"Cook","city":"Delft"}"""))
			.andExpect(status().is2xxSuccessful())
			.andExpect(jsonPath("$.maxTravelKm").value(30));
		this.mvc.perform(get("/api/vacancies"))
			.andExpect(jsonPath("$[?(@.id == 'cook-delft')].maxTravelKm").value(hasItem(30)));
	}

	@Test
	void aVacancysOwnTravelDistanceIsStoredAndChanged() throws Exception {
		this.mvc.perform(post("/api/vacancies").contentType(MediaType.APPLICATION_JSON).content("""
				{"id":"driver-zwolle","title":"Driver","city":"Zwolle","maxTravelKm":75}"""))
			.andExpect(status().is2xxSuccessful())
			.andExpect(jsonPath("$.maxTravelKm").value(75));
		this.mvc.perform(put("/api/vacancies/driver-zwolle").contentType(MediaType.APPLICATION_JSON).content("""
				{"id":"driver-zwolle","title":"Driver","city":"Zwolle","maxTravelKm":12}"""))
			.andExpect(jsonPath("$.maxTravelKm").value(12));
		this.mvc.perform(get("/api/vacancies"))
			.andExpect(jsonPath("$[?(@.id == 'driver-zwolle')].maxTravelKm").value(hasItem(12)));
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, -5, 501 })
	void aTravelDistanceOutsideOneToFiveHundredKilometresIsRefusedNamingTheField(int kilometres) throws Exception {
		this.mvc.perform(post("/api/vacancies").contentType(MediaType.APPLICATION_JSON).content("""
				{"id":"far-away","title":"Driver","city":"Zwolle","maxTravelKm":%d}""".formatted(kilometres)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("validation_failed"))
			.andExpect(jsonPath("$.message", containsString("maxTravelKm")));
	}

	@Test
	void theDemoVacanciesSayHowFarACandidateMayLive() throws Exception {
		this.mvc.perform(get("/api/vacancies"))
			.andExpect(jsonPath("$[?(@.id == 'forklift-tilburg')].maxTravelKm").value(hasItem(30)));
		this.mvc.perform(get("/api/vacancies"))
			.andExpect(jsonPath("$[?(@.id == 'truck-driver-venlo')].maxTravelKm").value(hasItem(50)));
	}

}
