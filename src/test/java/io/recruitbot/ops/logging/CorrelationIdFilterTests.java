package io.recruitbot.ops.logging;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class CorrelationIdFilterTests {

	private final CorrelationIdFilter filter = new CorrelationIdFilter();

	@Test
	void theCallersRequestIdIsUsedLoggedAndEchoed() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/webhooks/whatsapp");
		request.addHeader("X-Request-Id", "railway-7f3a-01");
		MockHttpServletResponse response = new MockHttpServletResponse();
		AtomicReference<String> duringRequest = new AtomicReference<>();

		this.filter.doFilter(request, response, (req, res) -> duringRequest.set(MDC.get("correlationId")));

		assertThat(duringRequest.get()).isEqualTo("railway-7f3a-01");
		assertThat(response.getHeader("X-Request-Id")).isEqualTo("railway-7f3a-01");
		assertThat(MDC.get("correlationId")).isNull();
	}

	@Test
	void aMissingOrUnsafeRequestIdIsReplacedByANewOne() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/health");
		request.addHeader("X-Request-Id", "line\nbreak injected into logs");
		MockHttpServletResponse response = new MockHttpServletResponse();
		AtomicReference<String> duringRequest = new AtomicReference<>();

		this.filter.doFilter(request, response, (req, res) -> duringRequest.set(MDC.get("correlationId")));

		assertThat(duringRequest.get()).matches("[0-9a-f-]{36}");
		assertThat(response.getHeader("X-Request-Id")).isEqualTo(duringRequest.get());
	}

	@Test
	void aRequestIdCarryingPersonalDataIsReplacedByANewOne() throws Exception {
		for (String personal : new String[] { "31612345678", "wamid.HBgLMzE2MTIzNDU2NzgVAgASGBQzQUFCQ0RFRjAxMjM0NTY3ODkA",
				"MzE2MTIzNDU2Nzg" }) {
			MockHttpServletRequest request = new MockHttpServletRequest("POST", "/webhooks/whatsapp");
			request.addHeader("X-Request-Id", personal);
			MockHttpServletResponse response = new MockHttpServletResponse();
			AtomicReference<String> duringRequest = new AtomicReference<>();

			this.filter.doFilter(request, response, (req, res) -> duringRequest.set(MDC.get("correlationId")));

			assertThat(duringRequest.get()).as(personal).matches("[0-9a-f-]{36}");
			assertThat(response.getHeader("X-Request-Id")).isEqualTo(duringRequest.get());
		}
	}

}
