package io.recruitbot.system.security;

import java.util.concurrent.atomic.AtomicInteger;

import io.recruitbot.recruiter.Role;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Recruiters made through the API with the machine token, signed in through the login form as a browser would. */
public final class Sessions {

	public static final String PASSWORD = "correct horse battery";

	private static final AtomicInteger NUMBERS = new AtomicInteger();

	private Sessions() {
	}

	/** A new account with {@link #PASSWORD}; its e-mail address. */
	public static String create(MockMvc mvc, Role role) throws Exception {
		String email = role.name().toLowerCase() + "-" + NUMBERS.incrementAndGet() + "-" + System.nanoTime() + "@example.com";
		MockHttpServletResponse response = mvc.perform(MachineRequests.post("/api/recruiters")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"email":"%s","displayName":"Test %s","role":"%s","password":"%s"}""".formatted(email, role, role,
					PASSWORD)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
		return email;
	}

	/** The session of a sign-in with the right password. */
	public static MockHttpSession signIn(MockMvc mvc, String email) throws Exception {
		var result = mvc.perform(MockMvcRequestBuilders.post("/login")
			.param("email", email)
			.param("password", PASSWORD)
			.with(csrf())).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).as("signed in").isEqualTo("/");
		return (MockHttpSession) result.getRequest().getSession(false);
	}

}
