package io.recruitbot.intake;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookBodyTests {

	/** A request sent in chunks: its length is known only by reading it. */
	private static MockHttpServletRequest chunked(int bytes) {
		MockHttpServletRequest request = new MockHttpServletRequest() {
			@Override
			public long getContentLengthLong() {
				return -1;
			}
		};
		request.setContent(new byte[bytes]);
		return request;
	}

	@Test
	void aBodyUpToThreeMebibytesIsReadWhole() throws Exception {
		assertThat(WebhookBody.read(chunked(WebhookBody.LIMIT))).hasSize(WebhookBody.LIMIT);
	}

	@Test
	void aChunkedBodyOverTheLimitIsRefusedAfterReadingOneByteTooMany() throws Exception {
		assertThat(WebhookBody.read(chunked(WebhookBody.LIMIT + 1))).isNull();
	}

	@Test
	void aBodyOfDeclaredLengthIsReadWhole() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setContent("{\"object\":\"whatsapp_business_account\"}".getBytes());
		assertThat(new String(WebhookBody.read(request))).isEqualTo("{\"object\":\"whatsapp_business_account\"}");
	}

	@Test
	void aDeclaredLengthOverTheLimitIsRefusedWithoutReading() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest() {
			@Override
			public long getContentLengthLong() {
				return 10L * WebhookBody.LIMIT;
			}
		};
		request.setContent("{}".getBytes());
		assertThat(WebhookBody.read(request)).isNull();
	}

}
