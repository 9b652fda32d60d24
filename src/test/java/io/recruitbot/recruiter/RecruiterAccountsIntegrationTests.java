package io.recruitbot.recruiter;

import io.recruitbot.system.security.MachineRequests;
import io.recruitbot.system.security.Sessions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Recruiters sign in with their e-mail address (in any case) and password, sign out, are locked out after five
 * failures, are managed by administrators, and the first administrator comes from a set-up link that works once.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RecruiterAccountsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SetupLink setupLink;

	@Test
	void aRecruiterSignsInSeesWhoTheyAreAndSignsOut() throws Exception {
		String email = Sessions.create(this.mvc, Role.RECRUITER);
		MockHttpSession session = Sessions.signIn(this.mvc, email.toUpperCase());

		this.mvc.perform(get("/api/me").session(session))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.email").value(email))
			.andExpect(jsonPath("$.displayName").value("Test RECRUITER"))
			.andExpect(jsonPath("$.role").value("RECRUITER"));
		this.mvc.perform(get("/").session(session).accept(MediaType.TEXT_HTML)).andExpect(status().isOk());

		this.mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
		this.mvc.perform(get("/api/me").session(session)).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/").session(session).accept(MediaType.TEXT_HTML))
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void aWrongPasswordAndAnUnknownAddressGetTheSameAnswer() throws Exception {
		String email = Sessions.create(this.mvc, Role.RECRUITER);
		this.mvc.perform(post("/login").param("email", email).param("password", "wrong password!").with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(post("/login").param("email", "nobody@example.com").param("password", "wrong").with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(get("/login").param("error", "")).andExpect(content().string(containsString("Wrong e-mail address or password")));
	}

	@Test
	void fiveFailuresLockTheAccountEvenAgainstTheRightPasswordUntilTheLockEnds() throws Exception {
		String email = Sessions.create(this.mvc, Role.RECRUITER);
		for (int attempt = 1; attempt <= 5; attempt++) {
			this.mvc.perform(post("/login").param("email", email).param("password", "guess " + attempt).with(csrf()))
				.andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(post("/login").param("email", email).param("password", Sessions.PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/login?locked"));
		assertThat(this.jdbc.sql("select locked_until from recruiter where email = ?").param(email).query(Object.class).single())
			.isNotNull();

		// fifteen minutes pass
		this.jdbc.sql("update recruiter set locked_until = current_timestamp - interval '1' minute where email = ?")
			.param(email)
			.update();
		Sessions.signIn(this.mvc, email);
	}

	@Test
	void aSuccessfulSignInStartsTheCountAgain() throws Exception {
		String email = Sessions.create(this.mvc, Role.RECRUITER);
		for (int round = 0; round < 2; round++) {
			for (int attempt = 1; attempt <= 4; attempt++) {
				this.mvc.perform(post("/login").param("email", email).param("password", "guess").with(csrf()));
			}
			Sessions.signIn(this.mvc, email);
		}
	}

	@Test
	void anAdministratorManagesRecruiters() throws Exception {
		MockHttpSession admin = Sessions.signIn(this.mvc, Sessions.create(this.mvc, Role.ADMIN));
		String email = "New.Recruiter." + System.nanoTime() + "@Example.com";
		String created = this.mvc.perform(post("/api/recruiters").session(admin).with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"email":"%s","displayName":"Nieuwe Recruiter","role":"RECRUITER","password":"%s"}"""
				.formatted(email, Sessions.PASSWORD)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/recruiters/")))
			.andExpect(jsonPath("$.email").value(email.toLowerCase()))
			.andExpect(jsonPath("$.enabled").value(true))
			.andExpect(content().string(not(containsString("password"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = created.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

		this.mvc.perform(post("/api/recruiters").session(admin).with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"email":"%s","displayName":"Twice","role":"RECRUITER","password":"%s"}"""
				.formatted(email.toUpperCase(), Sessions.PASSWORD)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.error").value("recruiter_exists"));
		this.mvc.perform(get("/api/recruiters").session(admin))
			.andExpect(content().string(containsString(email.toLowerCase())));

		MockHttpSession theirs = Sessions.signIn(this.mvc, email);
		this.mvc.perform(post("/api/recruiters/{id}/disable", id).session(admin).with(csrf().asHeader()))
			.andExpect(jsonPath("$.enabled").value(false));
		this.mvc.perform(get("/api/me").session(theirs)).andExpect(status().isUnauthorized());
		this.mvc.perform(post("/login").param("email", email).param("password", Sessions.PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/login?disabled"));
		this.mvc.perform(post("/api/recruiters/{id}/enable", id).session(admin).with(csrf().asHeader()))
			.andExpect(jsonPath("$.enabled").value(true));

		this.mvc.perform(post("/api/recruiters/{id}/password", id).session(admin).with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"password\":\"short\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value("password must be at least 12 characters"));
		this.mvc.perform(post("/api/recruiters/{id}/password", id).session(admin).with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"password\":\"another long password\"}"))
			.andExpect(status().isNoContent());
		this.mvc.perform(post("/login").param("email", email).param("password", "another long password").with(csrf()))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void badInputToTheManagementApiIsA400() throws Exception {
		for (String body : new String[] { "{}", "{\"email\":\"not-an-address\",\"displayName\":\"X\",\"role\":\"ADMIN\",\"password\":\"long enough pass\"}",
				"{\"email\":\"a@example.com\",\"displayName\":\"X\",\"role\":\"OWNER\",\"password\":\"long enough pass\"}",
				"{\"email\":\"a@example.com\",\"displayName\":\"X\\u0000\",\"role\":\"ADMIN\",\"password\":\"long enough pass\"}" }) {
			this.mvc.perform(MachineRequests.post("/api/recruiters").contentType(MediaType.APPLICATION_JSON).content(body))
				.andExpect(status().isBadRequest());
		}
		this.mvc.perform(MachineRequests.post("/api/recruiters/{id}/disable", "not-a-uuid")).andExpect(status().is4xxClientError());
		this.mvc.perform(MachineRequests.post("/api/recruiters/{id}/disable", "5d9f3c1e-0000-4000-8000-000000000000"))
			.andExpect(status().isNotFound());
	}

	@Test
	void theMachineTokenActsAsAnAdministrator() throws Exception {
		this.mvc.perform(MachineRequests.get("/api/me"))
			.andExpect(jsonPath("$.role").value("ADMIN"))
			.andExpect(jsonPath("$.displayName").value("API token"));
	}

	@Test
	void theSetupLinkCreatesTheFirstAdministratorOnce() throws Exception {
		this.jdbc.sql("delete from recruiter").update();
		String token = this.setupLink.issue();

		this.mvc.perform(get("/setup").param("token", "guessed")).andExpect(status().isNotFound());
		this.mvc.perform(get("/setup").param("token", token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Create the first administrator")));
		this.mvc.perform(post("/setup").param("token", token).param("email", "first@example.com")
			.param("displayName", "First").param("password", "short").param("repeat", "short").with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("at least 12 characters")));
		this.mvc.perform(post("/setup").param("token", token).param("email", "first@example.com")
			.param("displayName", "First").param("password", Sessions.PASSWORD).param("repeat", Sessions.PASSWORD))
			.andExpect(status().isForbidden());

		this.mvc.perform(post("/setup").param("token", token).param("email", "First@Example.com")
			.param("displayName", "First").param("password", Sessions.PASSWORD).param("repeat", Sessions.PASSWORD)
			.with(csrf()))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", "/login?created"));

		this.mvc.perform(post("/setup").param("token", token).param("email", "second@example.com")
			.param("displayName", "Second").param("password", Sessions.PASSWORD).param("repeat", Sessions.PASSWORD)
			.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/setup").param("token", token)).andExpect(status().isNotFound());
		MockHttpSession first = Sessions.signIn(this.mvc, "first@example.com");
		this.mvc.perform(get("/api/me").session(first)).andExpect(jsonPath("$.role").value("ADMIN"));
		assertThat(this.jdbc.sql("select count(*) from recruiter").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aNewLinkIsRefusedOnceThereIsAnAdministrator() throws Exception {
		Sessions.create(this.mvc, Role.ADMIN);
		String token = this.setupLink.issue();
		this.mvc.perform(get("/setup").param("token", token)).andExpect(status().isNotFound());
	}

	@Test
	void theLoginPageSpeaksTheBrowsersLanguage() throws Exception {
		this.mvc.perform(get("/login").header("Accept-Language", "nl-NL,nl;q=0.9,en;q=0.8"))
			.andExpect(content().string(containsString("<html lang=\"nl\">")))
			.andExpect(content().string(containsString("Inloggen")));
		this.mvc.perform(get("/login").header("Accept-Language", "de-DE"))
			.andExpect(content().string(containsString("<html lang=\"en\">")))
			.andExpect(content().string(containsString("Sign in")));
		this.mvc.perform(get("/login").param("locked", "").header("Accept-Language", "nl"))
			.andExpect(content().string(containsString("Te veel mislukte pogingen")));
	}

}
