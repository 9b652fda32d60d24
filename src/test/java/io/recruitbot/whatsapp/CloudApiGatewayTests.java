package io.recruitbot.whatsapp;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.recruitbot.whatsapp.OutboundMessage.Button;
import io.recruitbot.whatsapp.OutboundMessage.Buttons;
import io.recruitbot.whatsapp.OutboundMessage.ListMenu;
import io.recruitbot.whatsapp.OutboundMessage.Row;
import io.recruitbot.whatsapp.OutboundMessage.Template;
import io.recruitbot.whatsapp.OutboundMessage.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What goes over the wire to 360dialog and Meta, byte for byte as the Cloud API documents it, and their answers. */
class CloudApiGatewayTests {

	private static final WireMockServer provider = new WireMockServer(options().dynamicPort());

	private static final String ACCEPTED = """
			{"messaging_product": "whatsapp", "contacts": [{"input": "31611111111", "wa_id": "31611111111"}],
			 "messages": [{"id": "wamid.HBgLMzE2MTExMTExMTEVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA"}]}""";

	private static final String WAMID = "wamid.HBgLMzE2MTExMTExMTEVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA";

	private final JsonMapper json = JsonMapper.builder().build();

	private CloudApiGateway dialog360;

	private CloudApiGateway meta;

	@BeforeAll
	static void startProvider() {
		provider.start();
	}

	@AfterAll
	static void stopProvider() {
		provider.stop();
	}

	@BeforeEach
	void gateways() {
		provider.resetAll();
		this.dialog360 = CloudApiStandIn.dialog360(provider.baseUrl());
		this.meta = CloudApiStandIn.meta(provider.baseUrl());
	}

	@Test
	void textGoesTo360dialogWithItsApiKey() {
		provider.stubFor(post("/messages").willReturn(okJson(ACCEPTED)));

		String id = this.dialog360.send("31611111111", new Text("Hallo Anna, welkom!"));

		assertThat(id).isEqualTo(WAMID);
		provider.verify(1, postRequestedFor(urlEqualTo("/messages")).withHeader("D360-API-KEY", equalTo("d360-key"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{"messaging_product": "whatsapp", "recipient_type": "individual", "to": "31611111111",
					 "type": "text", "text": {"body": "Hallo Anna, welkom!"}}""")));
	}

	@Test
	void replyButtonsGoToMetaWithTheBearerToken() {
		provider.stubFor(post("/v21.0/106540352242922/messages").willReturn(okJson(ACCEPTED)));

		String id = this.meta.send("31611111111", new Buttons("Do you agree?",
				List.of(new Button("consent_yes", "Yes"), new Button("consent_no", "No"))));

		assertThat(id).isEqualTo(WAMID);
		provider.verify(1, postRequestedFor(urlEqualTo("/v21.0/106540352242922/messages"))
			.withHeader("Authorization", equalTo("Bearer meta-token"))
			.withRequestBody(equalToJson("""
					{"messaging_product": "whatsapp", "recipient_type": "individual", "to": "31611111111",
					 "type": "interactive",
					 "interactive": {"type": "button", "body": {"text": "Do you agree?"},
					   "action": {"buttons": [
					     {"type": "reply", "reply": {"id": "consent_yes", "title": "Yes"}},
					     {"type": "reply", "reply": {"id": "consent_no", "title": "No"}}]}}}""")));
	}

	@Test
	void listGoesOutAsOneSectionOfRows() {
		provider.stubFor(post("/v21.0/106540352242922/messages").willReturn(okJson(ACCEPTED)));

		this.meta.send("31611111111", new ListMenu("Which job interests you?", "Vacancies",
				List.of(new Row("barista-utrecht", "Barista Utrecht", "16-32 hours"),
						new Row("driver-amsterdam", "Driver Amsterdam", null))));

		provider.verify(1, postRequestedFor(urlEqualTo("/v21.0/106540352242922/messages")).withRequestBody(equalToJson("""
				{"messaging_product": "whatsapp", "recipient_type": "individual", "to": "31611111111",
				 "type": "interactive",
				 "interactive": {"type": "list", "body": {"text": "Which job interests you?"},
				   "action": {"button": "Vacancies", "sections": [{"rows": [
				     {"id": "barista-utrecht", "title": "Barista Utrecht", "description": "16-32 hours"},
				     {"id": "driver-amsterdam", "title": "Driver Amsterdam"}]}]}}}""")));
	}

	@Test
	void mediaGoOutByLinkADocumentWithItsFileNameAudioWithoutCaption() {
		provider.stubFor(post("/messages").willReturn(okJson(ACCEPTED)));

		this.dialog360.send("31611111111",
				new OutboundMessage.Media("document", "https://files.example/contract.pdf", "Your contract", "contract.pdf"));
		this.dialog360.send("31611111111",
				new OutboundMessage.Media("audio", "https://files.example/note.ogg", "ignored", "note.ogg"));

		provider.verify(1, postRequestedFor(urlEqualTo("/messages")).withRequestBody(equalToJson("""
				{"messaging_product": "whatsapp", "recipient_type": "individual", "to": "31611111111",
				 "type": "document", "document": {"link": "https://files.example/contract.pdf",
				   "caption": "Your contract", "filename": "contract.pdf"}}""")));
		provider.verify(1, postRequestedFor(urlEqualTo("/messages")).withRequestBody(equalToJson("""
				{"messaging_product": "whatsapp", "recipient_type": "individual", "to": "31611111111",
				 "type": "audio", "audio": {"link": "https://files.example/note.ogg"}}""")));
	}

	@Test
	void templateCarriesItsLanguageAndBodyParameters() {
		provider.stubFor(post("/messages").willReturn(okJson(ACCEPTED)));

		this.dialog360.send("31611111111", new Template("job_update", "nl", List.of("Anna", "Barista")));

		provider.verify(1, postRequestedFor(urlEqualTo("/messages")).withRequestBody(equalToJson("""
				{"messaging_product": "whatsapp", "recipient_type": "individual", "to": "31611111111",
				 "type": "template",
				 "template": {"name": "job_update", "language": {"code": "nl"},
				   "components": [{"type": "body", "parameters": [
				     {"type": "text", "text": "Anna"}, {"type": "text", "text": "Barista"}]}]}}""")));
	}

	@Test
	void serverErrorIsWorthRetrying() {
		provider.stubFor(post("/messages").willReturn(aResponse().withStatus(500)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"error": {"message": "Something went wrong", "type": "OAuthException", "code": 131000,
					 "fbtrace_id": "AbCdEf"}}""")));

		DeliveryFailure failure = catchThrowableOfType(DeliveryFailure.class,
				() -> this.dialog360.send("31611111111", new Text("Hallo")));

		assertThat(failure.retryable()).isTrue();
		assertThat(failure.code()).isEqualTo("131000");
		assertThat(failure.getMessage()).contains("Something went wrong");
	}

	@Test
	void throttlingIsRetriedAfterTheTimeTheProviderAsksFor() {
		provider.stubFor(post("/v21.0/106540352242922/messages")
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30")));

		DeliveryFailure failure = catchThrowableOfType(DeliveryFailure.class,
				() -> this.meta.send("31611111111", new Text("Hallo")));

		assertThat(failure.retryable()).isTrue();
		assertThat(failure.code()).isEqualTo("http_429");
		assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(30));
	}

	@Test
	void refusalIsFinal() {
		provider.stubFor(post("/messages").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"error": {"message": "(#131026) Message Undeliverable", "type": "OAuthException", "code": 131026,
					 "error_data": {"messaging_product": "whatsapp", "details": "Receiver is incapable of receiving this message"}}}""")));

		DeliveryFailure failure = catchThrowableOfType(DeliveryFailure.class,
				() -> this.dialog360.send("31611111111", new Text("Hallo")));

		assertThat(failure.retryable()).isFalse();
		assertThat(failure.code()).isEqualTo("131026");
		assertThat(failure.getMessage()).contains("Receiver is incapable of receiving this message");
	}

	@Test
	void closedWindowIsRecognised() {
		provider.stubFor(post("/messages").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"error": {"message": "(#131047) Re-engagement message", "type": "OAuthException", "code": 131047}}""")));

		DeliveryFailure failure = catchThrowableOfType(DeliveryFailure.class,
				() -> this.dialog360.send("31611111111", new Text("Hallo")));

		assertThat(failure.windowClosed()).isTrue();
		assertThat(failure.retryable()).isFalse();
	}

	@Test
	void unreachableProviderIsWorthRetrying() {
		WhatsAppSettings nowhere = new WhatsAppSettings("360dialog", "d360-key", "http://127.0.0.1:1", null, null,
				"https://graph.facebook.com/v21.0", "job_update", "nl");
		CloudApiGateway gateway = CloudApiGateway.dialog360(nowhere, RestClient.builder(),
				ClientHttpRequestFactoryBuilder.jdk(), this.json, Clock.systemUTC());

		DeliveryFailure failure = catchThrowableOfType(DeliveryFailure.class,
				() -> gateway.send("31611111111", new Text("Hallo")));

		assertThat(failure.retryable()).isTrue();
		assertThat(failure.code()).isEqualTo("network");
	}

}
