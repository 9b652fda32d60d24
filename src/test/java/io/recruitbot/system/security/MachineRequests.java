package io.recruitbot.system.security;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * MockMvc requests as a machine calls the admin API: with {@code Authorization: Bearer $ADMIN_API_TOKEN} (the token
 * the tests' {@code config/application.yml} sets). For tests about what the API does, not about who may call it.
 */
public final class MachineRequests {

	/** The tests' {@code ADMIN_API_TOKEN}. */
	public static final String TOKEN = "test-admin-token-0123456789";

	private MachineRequests() {
	}

	public static MockHttpServletRequestBuilder get(String uri, Object... variables) {
		return withToken(MockMvcRequestBuilders.get(uri, variables));
	}

	public static MockHttpServletRequestBuilder post(String uri, Object... variables) {
		return withToken(MockMvcRequestBuilders.post(uri, variables));
	}

	public static MockHttpServletRequestBuilder put(String uri, Object... variables) {
		return withToken(MockMvcRequestBuilders.put(uri, variables));
	}

	public static MockHttpServletRequestBuilder delete(String uri, Object... variables) {
		return withToken(MockMvcRequestBuilders.delete(uri, variables));
	}

	private static MockHttpServletRequestBuilder withToken(MockHttpServletRequestBuilder request) {
		return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKEN);
	}

}
