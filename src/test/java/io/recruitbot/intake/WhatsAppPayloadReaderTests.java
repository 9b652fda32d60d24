package io.recruitbot.intake;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.recruitbot.whatsapp.DeliveryStatusUpdate;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class WhatsAppPayloadReaderTests {

	private static final Instant NOW = Instant.parse("2026-11-28T08:00:00Z");

	private final JsonMapper json = JsonMapper.builder().build();

	private final WhatsAppPayloadReader reader = new WhatsAppPayloadReader(Clock.fixed(NOW, ZoneOffset.UTC));

	private WebhookDelivery read(String fixture) {
		return this.reader.read(this.json.readTree(WebhookFixtures.fixture(fixture)));
	}

	private WebhookDelivery readJson(String body) {
		return this.reader.read(this.json.readTree(body.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void textMessageCarriesSenderProfileNameAndProviderTimestamp() {
		InboundMessage message = read("whatsapp-text").messages().get(0);
		assertThat(message.providerMessageId()).startsWith("wamid.HBgL");
		assertThat(message.phone()).isEqualTo("31600000101");
		assertThat(message.profileName()).isEqualTo("Jan");
		assertThat(message.sentAt()).isEqualTo(Instant.ofEpochSecond(1764316800));
		assertThat(message.type()).isEqualTo(InboundType.TEXT);
		assertThat(message.text()).isEqualTo("Hi, I saw your warehouse job in Rotterdam. Is it still open?");
	}

	@Test
	void buttonReplyGivesTheButtonTitleAndId() {
		InboundMessage message = read("whatsapp-button-reply").messages().get(0);
		assertThat(message.type()).isEqualTo(InboundType.BUTTON_REPLY);
		assertThat(message.text()).isEqualTo("Yes, I agree");
		assertThat(message.replyId()).isEqualTo("consent_yes");
	}

	@Test
	void listReplyGivesTheRowTitleAndId() {
		InboundMessage message = read("whatsapp-list-reply").messages().get(0);
		assertThat(message.type()).isEqualTo(InboundType.LIST_REPLY);
		assertThat(message.text()).isEqualTo("Warehouse Worker");
		assertThat(message.replyId()).isEqualTo("vacancy:warehouse-rotterdam");
	}

	@Test
	void templateQuickReplyButtonGivesItsTextAndPayload() {
		InboundMessage message = readJson("""
				{"entry":[{"changes":[{"value":{"messages":[{"from":"31600000101","id":"wamid.TPL1","timestamp":"1764316900",
				"type":"button","button":{"text":"Yes, still looking","payload":"reengage_yes"}}]}}]}]}""").messages().get(0);
		assertThat(message.type()).isEqualTo(InboundType.BUTTON_REPLY);
		assertThat(message.text()).isEqualTo("Yes, still looking");
		assertThat(message.replyId()).isEqualTo("reengage_yes");
	}

	@Test
	void documentKeepsMediaIdMimeTypeFileNameAndCaption() {
		InboundMessage message = read("whatsapp-document").messages().get(0);
		assertThat(message.type()).isEqualTo(InboundType.DOCUMENT);
		assertThat(message.media()).isEqualTo(
				new InboundMessage.Media("1234567890123456", "application/pdf", "CV Jan de Vries.pdf", "My CV"));
		assertThat(message.text()).isEqualTo("My CV");
	}

	@Test
	void imageKeepsItsMediaAndCaption() {
		InboundMessage message = read("whatsapp-image").messages().get(0);
		assertThat(message.type()).isEqualTo(InboundType.IMAGE);
		assertThat(message.media().id()).isEqualTo("9876543210987654");
		assertThat(message.media().mimeType()).isEqualTo("image/jpeg");
		assertThat(message.text()).isEqualTo("my forklift certificate");
	}

	@Test
	void audioAndLocationAreUnderstood() {
		WebhookDelivery delivery = readJson("""
				{"entry":[{"changes":[{"value":{"messages":[
				{"from":"31600000101","id":"wamid.AUD1","timestamp":"1764316900","type":"audio","audio":{"id":"555","mime_type":"audio/ogg; codecs=opus","voice":true}},
				{"from":"31600000101","id":"wamid.LOC1","timestamp":"1764316901","type":"location","location":{"latitude":51.92,"longitude":4.47,"name":"Rotterdam Centraal","address":"Stationsplein 1"}}
				]}}]}]}""");
		InboundMessage audio = delivery.messages().get(0);
		assertThat(audio.type()).isEqualTo(InboundType.AUDIO);
		assertThat(audio.media().mimeType()).isEqualTo("audio/ogg; codecs=opus");
		InboundMessage location = delivery.messages().get(1);
		assertThat(location.type()).isEqualTo(InboundType.LOCATION);
		assertThat(location.location()).isEqualTo(new InboundMessage.Location(51.92, 4.47, "Rotterdam Centraal", "Stationsplein 1"));
		assertThat(location.text()).isEqualTo("Rotterdam Centraal");
	}

	@Test
	void unknownMessageTypesAreUnsupported() {
		InboundMessage message = read("whatsapp-unsupported").messages().get(0);
		assertThat(message.type()).isEqualTo(InboundType.UNSUPPORTED);
		assertThat(message.providerMessageId()).isEqualTo("wamid.UNSUP0001");
		InboundMessage sticker = readJson("""
				{"entry":[{"changes":[{"value":{"messages":[{"from":"316","id":"wamid.S1","timestamp":"1","type":"sticker","sticker":{"id":"9"}}]}}]}]}""")
			.messages().get(0);
		assertThat(sticker.type()).isEqualTo(InboundType.UNSUPPORTED);
	}

	@Test
	void everyMessageOfABatchIsRead() {
		WebhookDelivery delivery = read("whatsapp-batch-3");
		assertThat(delivery.messages()).extracting(InboundMessage::providerMessageId)
			.containsExactly("wamid.BATCH0001", "wamid.BATCH0002", "wamid.BATCH0003");
		assertThat(delivery.messages()).extracting(InboundMessage::profileName).containsOnly("Sara");
	}

	@Test
	void everyEntryAndChangeIsRead() {
		WebhookDelivery delivery = readJson("""
				{"object":"whatsapp_business_account","entry":[
				{"changes":[{"value":{"contacts":[{"profile":{"name":"A"},"wa_id":"311"}],"messages":[{"from":"311","id":"m1","timestamp":"1","type":"text","text":{"body":"a"}}]}},
				            {"value":{"statuses":[{"id":"out1","status":"read","timestamp":"2"}]}}]},
				{"changes":[{"value":{"contacts":[{"profile":{"name":"B"},"wa_id":"322"}],"messages":[{"from":"322","id":"m2","timestamp":"3","type":"text","text":{"body":"b"}}]}}]}]}""");
		assertThat(delivery.messages()).extracting(InboundMessage::profileName).containsExactly("A", "B");
		assertThat(delivery.statuses()).extracting(DeliveryStatusUpdate::providerMessageId).containsExactly("out1");
	}

	@Test
	void deliveredStatusIsReadWithItsTime() {
		DeliveryStatusUpdate status = read("whatsapp-status-delivered").statuses().get(0);
		assertThat(status).isEqualTo(new DeliveryStatusUpdate("wamid.OUTBOUND0001", "delivered",
				Instant.ofEpochSecond(1764316860), null, null));
	}

	@Test
	void failedStatusCarriesTheErrorCode() {
		DeliveryStatusUpdate status = read("whatsapp-status-failed-131047").statuses().get(0);
		assertThat(status.status()).isEqualTo("failed");
		assertThat(status.errorCode()).isEqualTo("131047");
		assertThat(status.errorTitle()).isEqualTo("Re-engagement message");
	}

	@Test
	void providerErrorsAreCollected() {
		WebhookDelivery delivery = readJson("""
				{"entry":[{"changes":[{"value":{"errors":[{"code":131056,"title":"Pair rate limit hit"}]}}]}]}""");
		assertThat(delivery.errors()).containsExactly(new WebhookDelivery.ProviderError("131056", "Pair rate limit hit"));
	}

	@Test
	void messagesWithoutIdOrSenderAreSkippedAndMissingTimestampsMeanNow() {
		WebhookDelivery delivery = readJson("""
				{"entry":[{"changes":[{"value":{"messages":[{"id":"x","type":"text"},{"from":"+31 6 1234","id":"y","type":"text","text":{"body":"hi"},"brand_new_field":{"a":1}}]}}]}]}""");
		assertThat(delivery.messages()).hasSize(1);
		assertThat(delivery.messages().get(0).phone()).isEqualTo("3161234");
		assertThat(delivery.messages().get(0).sentAt()).isEqualTo(NOW);
	}

	@Test
	void oversizedFieldsAreCutToWhatWhatsAppAllowsAndImpossibleSendersSkipped() {
		String longText = "a".repeat(50_000);
		WebhookDelivery delivery = readJson("""
				{"entry":[{"changes":[{"value":{"messages":[
				{"from":"311","id":"long","timestamp":"1","type":"text","text":{"body":"%s"}},
				{"from":"%s","id":"far","timestamp":"1","type":"text","text":{"body":"hi"}}]}}]}]}""".formatted(longText,
				"9".repeat(40)));
		assertThat(delivery.messages()).singleElement()
			.satisfies((m) -> assertThat(m.text()).hasSize(4096));
	}

	@Test
	void onPremiseShapeWithMessagesAtTheTopLevelIsRead() {
		WebhookDelivery delivery = readJson("""
				{"contacts":[{"profile":{"name":"Old"},"wa_id":"31600000999"}],
				 "messages":[{"from":"31600000999","id":"ABGGFlA5FpafAgo6EhZ","timestamp":"1764316800","type":"text","text":{"body":"hello"}}]}""");
		assertThat(delivery.messages()).singleElement()
			.satisfies((m) -> assertThat(m.profileName()).isEqualTo("Old"));
	}

	@Test
	void aTimestampInTheFutureBecomesTheReceiveTime() {
		InboundMessage message = readJson("""
				{"messages":[{"from":"31600000101","id":"wamid.F","timestamp":"9999999999999","type":"text",
				"text":{"body":"hi"}}]}""").messages().get(0);
		assertThat(message.sentAt()).isEqualTo(NOW);
	}

	@Test
	void controlCharactersOtherThanNewlineAndTabAreDropped() {
		InboundMessage message = readJson("""
				{"messages":[{"from":"31600000101","id":"wamid.C","timestamp":"1764316800","type":"text",
				"text":{"body":"a\\u0000b\\u0007c\\nd\\te\\u007f"}}]}""").messages().get(0);
		assertThat(message.text()).isEqualTo("abc\nd\te");
	}

	@Test
	void aDeliveryOfManyMessagesWithoutAnIdIsOneWarning() {
		Logger logger = (Logger) LoggerFactory.getLogger(WhatsAppPayloadReader.class);
		ListAppender<ILoggingEvent> lines = LogLines.capture(logger);
		try {
			String empty = "{}," .repeat(20_000);
			assertThat(readJson("{\"messages\":[" + empty + "{}]}").messages()).isEmpty();
			assertThat(lines.list).hasSize(1);
		}
		finally {
			logger.detachAppender(lines);
		}
	}

}
