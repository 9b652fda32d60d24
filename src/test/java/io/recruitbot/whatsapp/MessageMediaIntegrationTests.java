package io.recruitbot.whatsapp;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.recruitbot.candidate.CandidateRepository;
import io.recruitbot.candidate.Transcript;
import io.recruitbot.candidate.TranscriptEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.recruitbot.system.security.MachineRequests.delete;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A candidate's picture and CV from a signed Meta webhook to the recruiter: the transcript links each file, the link
 * hands it over from Meta (a stand-in) with the headers a browser needs, and reaches nothing of another candidate's,
 * nothing without credentials and nothing after an erasure.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MessageMediaIntegrationTests {

	private static final String APP_SECRET = "meta-app-secret-for-media";

	/** Each test's own candidate: the inbox takes a provider message id once, an erasure remembers the number. */
	private static final AtomicInteger PHONES = new AtomicInteger();

	private static final byte[] PICTURE = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 'J', 'F', 'I', 'F' };

	private static final byte[] CV = "%PDF-1.4 the CV of Jan".getBytes();

	private static final WireMockServer meta = new WireMockServer(
			options().dynamicPort().useChunkedTransferEncoding(Options.ChunkedEncodingPolicy.NEVER));

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CandidateRepository candidates;

	@Autowired
	private Transcript transcript;

	@BeforeAll
	static void startMeta() {
		meta.start();
		meta.stubFor(post(urlPathMatching("/v21.0/106540352242922/messages"))
			.willReturn(okJson("{\"messages\": [{\"id\": \"wamid.reply\"}]}")));
		stubFile("9876543210987654", "image/jpeg", PICTURE);
		stubFile("1234567890123456", "application/pdf", CV);
	}

	@AfterAll
	static void stopMeta() {
		meta.stop();
	}

	@DynamicPropertySource
	static void talkToMeta(DynamicPropertyRegistry properties) {
		properties.add("recruitbot.whatsapp.provider", () -> "meta");
		properties.add("recruitbot.whatsapp.access-token", () -> "meta-token");
		properties.add("recruitbot.whatsapp.phone-number-id", () -> "106540352242922");
		properties.add("recruitbot.whatsapp.graph-base-url", () -> meta.baseUrl() + "/v21.0");
		properties.add("recruitbot.webhooks.meta-app-secret", () -> APP_SECRET);
	}

	private static void stubFile(String mediaId, String type, byte[] bytes) {
		meta.stubFor(get("/v21.0/" + mediaId).willReturn(okJson("""
				{"messaging_product": "whatsapp", "url": "%s/whatsapp_business/attachments/?mid=%s&ext=1",
				 "mime_type": "%s", "sha256": "x", "file_size": "%d", "id": "%s"}"""
			.formatted(meta.baseUrl(), mediaId, type, bytes.length, mediaId))));
		meta.stubFor(get(urlPathEqualTo("/whatsapp_business/attachments/")).withQueryParam("mid",
				com.github.tomakehurst.wiremock.client.WireMock.equalTo(mediaId))
			.willReturn(aResponse().withHeader("Content-Type", type).withBody(bytes)));
	}

	@Test
	void aRecruiterSeesThePictureAndGetsTheCvACandidateSent() throws Exception {
		UUID jan = deliveredBy("whatsapp-image", "whatsapp-document");
		List<TranscriptEntry.Media> files = files(jan);
		assertThat(files).extracting(TranscriptEntry.Media::url)
			.allSatisfy((url) -> assertThat(url).matches("/api/candidates/" + jan + "/messages/[0-9a-f-]{36}/media"));

		MockHttpServletResponse picture = fetch(url(files, "image/jpeg"), true);
		assertThat(picture.getStatus()).isEqualTo(200);
		assertThat(picture.getContentAsByteArray()).isEqualTo(PICTURE);
		assertThat(picture.getContentType()).isEqualTo("image/jpeg");
		assertThat(picture.getHeader("Content-Disposition")).startsWith("inline;").contains("filename=\"image.jpg\"");
		assertThat(picture.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(picture.getHeader("Cache-Control")).contains("private");

		MockHttpServletResponse cv = fetch(url(files, "application/pdf"), true);
		assertThat(cv.getStatus()).isEqualTo(200);
		assertThat(cv.getContentAsByteArray()).isEqualTo(CV);
		assertThat(cv.getContentType()).isEqualTo("application/pdf");
		assertThat(cv.getHeader("Content-Disposition")).startsWith("attachment;")
			.contains("filename=\"CV Jan de Vries.pdf\"");
	}

	@Test
	void anotherCandidatesMessageIsNotFound() throws Exception {
		UUID jan = deliveredBy("whatsapp-image");
		String picture = url(files(jan), "image/jpeg");
		UUID other = this.candidates.findOrCreate("31600000202", "Someone Else").id();

		MockHttpServletResponse answer = fetch(picture.replace(jan.toString(), other.toString()), true);

		assertThat(answer.getStatus()).isEqualTo(404);
		assertThat(answer.getContentAsString()).contains("\"error\":\"not_found\"").doesNotContain("3160000");
		assertThat(fetch("/api/candidates/" + jan + "/messages/not-a-message/media", true).getStatus()).isEqualTo(404);
	}

	@Test
	void withoutCredentialsNothingIsHandedOver() throws Exception {
		UUID jan = deliveredBy("whatsapp-image");

		MockHttpServletResponse answer = fetch(url(files(jan), "image/jpeg"), false);

		assertThat(answer.getStatus()).isEqualTo(401);
		assertThat(answer.getContentAsByteArray()).isNotEqualTo(PICTURE);
	}

	@Test
	void aFileMetaNoLongerKeepsIsSaidToBeGone() throws Exception {
		UUID jan = deliveredBy("whatsapp-image");
		meta.stubFor(get("/v21.0/9876543210987654").willReturn(aResponse().withStatus(404)));
		try {
			MockHttpServletResponse answer = fetch(url(files(jan), "image/jpeg"), true);

			assertThat(answer.getStatus()).isEqualTo(404);
			assertThat(answer.getContentType()).startsWith("application/json");
			assertThat(answer.getContentAsString()).contains("\"error\":\"media_gone\"");
		}
		finally {
			stubFile("9876543210987654", "image/jpeg", PICTURE);
		}
	}

	@Test
	void metaFailingIsABadGatewayWithoutAStackTrace() throws Exception {
		UUID jan = deliveredBy("whatsapp-image");
		meta.stubFor(get("/v21.0/9876543210987654").willReturn(aResponse().withStatus(503).withBody("upstream trace")));
		try {
			MockHttpServletResponse answer = fetch(url(files(jan), "image/jpeg"), true);

			assertThat(answer.getStatus()).isEqualTo(502);
			assertThat(answer.getContentAsString()).contains("\"error\":\"provider_failed\"")
				.doesNotContain("upstream trace", "Exception");
		}
		finally {
			stubFile("9876543210987654", "image/jpeg", PICTURE);
		}
	}

	@Test
	void aFileThatBreaksOffOnItsWayIsABadGateway() throws Exception {
		UUID jan = deliveredBy("whatsapp-image");
		StubMapping brokenOff = meta.stubFor(get(urlPathEqualTo("/whatsapp_business/attachments/"))
			.willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));
		try {
			MockHttpServletResponse answer = fetch(url(files(jan), "image/jpeg"), true);

			assertThat(answer.getStatus()).isEqualTo(502);
			assertThat(answer.getContentAsString()).doesNotContain("Exception");
		}
		finally {
			meta.removeStub(brokenOff);
		}
	}

	@Test
	void anErasedCandidatesFileCannotBeReached() throws Exception {
		UUID jan = deliveredBy("whatsapp-image");
		String picture = url(files(jan), "image/jpeg");

		this.mvc.perform(delete("/api/candidates/" + jan)).andReturn();

		assertThat(fetch(picture, true).getStatus()).isEqualTo(404);
	}

	/**
	 * The deliveries, from a number of their own and under message ids of their own, signed as Meta signs them, once
	 * the candidate's transcript holds each.
	 */
	private UUID deliveredBy(String... fixtures) throws Exception {
		String phone = "3160000" + String.format("%04d", PHONES.incrementAndGet());
		for (String fixture : fixtures) {
			byte[] body = new String(fixture(fixture)).replace("31600000101", phone)
				.replace("\"wamid.", "\"wamid." + phone)
				.getBytes();
			this.mvc.perform(MockMvcRequestBuilders.post("/webhooks/whatsapp")
				.contentType(MediaType.APPLICATION_JSON)
				.header("X-Hub-Signature-256", signature(body))
				.content(body)).andReturn();
		}
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.candidates.findByPhone(phone)
				.map((candidate) -> files(candidate.id()).size() == fixtures.length)
				.orElse(false));
		return this.candidates.findByPhone(phone).orElseThrow().id();
	}

	private List<TranscriptEntry.Media> files(UUID candidate) {
		return this.transcript.of(candidate).stream().map(TranscriptEntry::media).filter((m) -> m != null).toList();
	}

	private static String url(List<TranscriptEntry.Media> files, String type) {
		return files.stream().filter((file) -> type.equals(file.mimeType())).findFirst().orElseThrow().url();
	}

	private MockHttpServletResponse fetch(String url, boolean withToken) throws Exception {
		var request = withToken ? io.recruitbot.system.security.MachineRequests.get(url) : MockMvcRequestBuilders.get(url);
		return this.mvc.perform(request.accept(MediaType.ALL)).andReturn().getResponse();
	}

	private static byte[] fixture(String name) throws IOException {
		try (InputStream in = MessageMediaIntegrationTests.class.getResourceAsStream("/webhooks/" + name + ".json")) {
			return in.readAllBytes();
		}
	}

	private static String signature(byte[] body) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(APP_SECRET.getBytes(), "HmacSHA256"));
		return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
	}

}
