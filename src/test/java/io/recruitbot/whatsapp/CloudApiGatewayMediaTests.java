package io.recruitbot.whatsapp;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;


import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A file a candidate sent, fetched the way each provider documents it: Meta's {@code GET /{media id}} and then the
 * url it answers, with the bearer token both times; 360dialog's the same with its key, the url's path taken to
 * 360dialog's own address.
 */
class CloudApiGatewayMediaTests {

	/** Lengths announced, as Meta's CDN does; a body longer than announced is {@code MediaFile}'s to stop. */
	@RegisterExtension
	static final WireMockExtension provider = WireMockExtension.newInstance()
		.options(options().dynamicPort().useChunkedTransferEncoding(Options.ChunkedEncodingPolicy.NEVER))
		.build();

	private static final byte[] PICTURE = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3, 4 };

	private CloudApiGateway dialog360;

	private CloudApiGateway meta;

	@BeforeEach
	void gateways() {
		this.dialog360 = CloudApiStandIn.dialog360(provider.baseUrl());
		this.meta = CloudApiStandIn.meta(provider.baseUrl());
	}

	private static String about(String url, String fileSize) {
		return """
				{"messaging_product": "whatsapp", "url": "%s", "mime_type": "image/jpeg",
				 "sha256": "81d3bd8a8db4868c9520ed47186e8b7c5789e61ff79f7f834be6950b808a90d3", "file_size": %s,
				 "id": "9876543210987654"}""".formatted(url, fileSize);
	}

	@Test
	void metaAnswersTheUrlAndTheFileIsFetchedFromItWithTheBearerToken() throws IOException {
		provider.stubFor(get("/v21.0/9876543210987654")
			.willReturn(okJson(about(provider.baseUrl() + "/whatsapp_business/attachments/?mid=9876543210987654&ext=1",
					"\"8\""))));
		provider.stubFor(get(urlPathEqualTo("/whatsapp_business/attachments/"))
			.willReturn(aResponse().withHeader("Content-Type", "image/jpeg").withBody(PICTURE)));

		try (MediaFile file = this.meta.media("9876543210987654", MediaLimits.largest("image/jpeg"))) {
			assertThat(file.content().readAllBytes()).isEqualTo(PICTURE);
			assertThat(file.size()).isEqualTo(PICTURE.length);
		}
		provider.verify(getRequestedFor(urlEqualTo("/v21.0/9876543210987654")).withHeader("Authorization",
				equalTo("Bearer meta-token")));
		provider.verify(getRequestedFor(urlEqualTo("/whatsapp_business/attachments/?mid=9876543210987654&ext=1"))
			.withHeader("Authorization", equalTo("Bearer meta-token")));
	}

	@Test
	void dialog360sUrlIsFetchedAtDialog360WithItsApiKey() throws IOException {
		provider.stubFor(get("/9876543210987654").willReturn(okJson(
				about("https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=9876543210987654&ext=1&hash=AbC",
						"8"))));
		provider.stubFor(get(urlPathEqualTo("/whatsapp_business/attachments/"))
			.willReturn(aResponse().withHeader("Content-Type", "image/jpeg").withBody(PICTURE)));

		try (MediaFile file = this.dialog360.media("9876543210987654", MediaLimits.largest("image/jpeg"))) {
			assertThat(file.content().readAllBytes()).isEqualTo(PICTURE);
		}
		provider.verify(getRequestedFor(urlEqualTo("/9876543210987654")).withHeader("D360-API-KEY", equalTo("d360-key")));
		provider.verify(getRequestedFor(urlEqualTo("/whatsapp_business/attachments/?mid=9876543210987654&ext=1&hash=AbC"))
			.withHeader("D360-API-KEY", equalTo("d360-key")));
	}

	@Test
	void aMediaIdTheProviderNoLongerKeepsIsGone() {
		provider.stubFor(get("/v21.0/1111111111111111").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"error": {"message": "Unsupported get request. Object with ID '1111111111111111' does not exist",
					 "type": "GraphMethodException", "code": 100}}""")));
		provider.stubFor(get("/2222222222222222").willReturn(notFound()));

		assertThat(reason(() -> this.meta.media("1111111111111111", MediaLimits.LARGEST)))
			.isEqualTo(MediaUnavailable.Reason.GONE);
		assertThat(reason(() -> this.dialog360.media("2222222222222222", MediaLimits.LARGEST)))
			.isEqualTo(MediaUnavailable.Reason.GONE);
	}

	@Test
	void aFileLargerThanWhatsAppAllowsIsRefusedBeforeItIsFetched() {
		provider.stubFor(get("/v21.0/9876543210987654")
			.willReturn(okJson(about(provider.baseUrl() + "/whatsapp_business/attachments/?mid=1", "\"6000000\""))));

		assertThat(reason(() -> this.meta.media("9876543210987654", MediaLimits.largest("image/jpeg"))))
			.isEqualTo(MediaUnavailable.Reason.TOO_LARGE);
		provider.verify(0, getRequestedFor(urlPathEqualTo("/whatsapp_business/attachments/")));
	}

	@Test
	void aFileLongerThanItsAnnouncedSizeIsRefusedByItsLength() {
		provider.stubFor(get("/9876543210987654")
			.willReturn(okJson(about("https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1", "4"))));
		provider.stubFor(get(urlPathEqualTo("/whatsapp_business/attachments/"))
			.willReturn(aResponse().withHeader("Content-Type", "image/jpeg").withBody(PICTURE)));

		assertThat(reason(() -> this.dialog360.media("9876543210987654", 4))).isEqualTo(MediaUnavailable.Reason.TOO_LARGE);
	}

	@Test
	void aFileWithoutALengthIsCutOffAtTheLimit() {
		MediaFile file = MediaFile.limited(-1, new ByteArrayInputStream(PICTURE), 4);

		assertThatThrownBy(() -> file.content().readAllBytes()).isInstanceOf(IOException.class)
			.hasMessageContaining("larger than WhatsApp allows");
	}

	@Test
	void theTokenGoesToNoOtherAddressThanMetasOwnWithoutHttps() {
		provider.stubFor(get("/v21.0/9876543210987654")
			.willReturn(okJson(about("http://elsewhere.example/whatsapp_business/attachments/?mid=1", "\"8\""))));

		assertThat(reason(() -> this.meta.media("9876543210987654", MediaLimits.LARGEST)))
			.isEqualTo(MediaUnavailable.Reason.PROVIDER_FAILED);
	}

	@Test
	void aProviderThatFailsIsSaidSoWithoutItsAnswer() {
		provider.stubFor(get("/v21.0/9876543210987654").willReturn(aResponse().withStatus(500).withBody("boom")));

		MediaUnavailable failure = catchThrowableOfType(MediaUnavailable.class,
				() -> this.meta.media("9876543210987654", MediaLimits.LARGEST));
		assertThat(failure.reason()).isEqualTo(MediaUnavailable.Reason.PROVIDER_FAILED);
		assertThat(failure.getMessage()).contains("HTTP 500").doesNotContain("boom");
	}

	@Test
	void aMediaIdThatIsNoIdIsNotAskedFor() {
		assertThat(reason(() -> this.meta.media("../9876543210987654", MediaLimits.LARGEST)))
			.isEqualTo(MediaUnavailable.Reason.GONE);
		assertThat(provider.getAllServeEvents()).isEmpty();
	}

	private static MediaUnavailable.Reason reason(Runnable fetch) {
		return catchThrowableOfType(MediaUnavailable.class, fetch::run).reason();
	}

}
