package io.recruitbot.crm;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Chatwoot's webhook signature as {@code Webhooks::Trigger} computes it, and which check a refusal names. */
class ChatwootSignatureTests {

	static final String SECRET = "chatwoot-secret";

	static final String BOT_SECRET = "agent-bot-secret";

	static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

	static final byte[] BODY = "{\"event\":\"message_created\"}".getBytes(StandardCharsets.UTF_8);

	static final String TIMESTAMP = String.valueOf(NOW.getEpochSecond());

	static final ChatwootWebhookSettings SIGNED = new ChatwootWebhookSettings(SECRET, null, BOT_SECRET, null, false);

	@Test
	void aSignatureOverTimestampAndBodyWithAnyConfiguredSecretIsAccepted() {
		assertThat(check(SIGNED, ChatwootSignature.sign(SECRET, TIMESTAMP, BODY), TIMESTAMP, null).accepted()).isTrue();
		assertThat(check(SIGNED, ChatwootSignature.sign(BOT_SECRET, TIMESTAMP, BODY), TIMESTAMP, null).accepted())
			.as("the agent bot signs with its own secret").isTrue();
		assertThat(check(SIGNED, ChatwootSignature.sign(SECRET, TIMESTAMP, BODY).toUpperCase().replace("SHA256=", "sha256="),
				TIMESTAMP, null).accepted()).isTrue();
	}

	@Test
	void aWrongSignatureIsRefusedNamingTheSecretsItWasCheckedAgainst() {
		ChatwootSignature.Verdict verdict = check(SIGNED, ChatwootSignature.sign("not-the-secret", TIMESTAMP, BODY),
				TIMESTAMP, null);

		assertThat(verdict.accepted()).isFalse();
		assertThat(verdict.refusal()).contains("X-Chatwoot-Signature", "CHATWOOT_WEBHOOK_SECRET",
				"CHATWOOT_AGENT_BOT_SECRET");
		assertThat(check(SIGNED, "sha256=zz", TIMESTAMP, null).accepted()).isFalse();
	}

	@Test
	void aTimestampMoreThanFiveMinutesOffIsRefusedAsSuch() {
		String old = String.valueOf(NOW.minusSeconds(301).getEpochSecond());

		ChatwootSignature.Verdict verdict = check(SIGNED, ChatwootSignature.sign(SECRET, old, BODY), old, null);

		assertThat(verdict.accepted()).isFalse();
		assertThat(verdict.refusal()).contains("X-Chatwoot-Timestamp", "300 s");
		assertThat(check(SIGNED, ChatwootSignature.sign(SECRET, TIMESTAMP, BODY), null, null).refusal())
			.contains("X-Chatwoot-Timestamp header is missing");
	}

	@Test
	void aTokenIsNoFallbackUnlessChatwootWebhookTokenIsSet() {
		ChatwootSignature.Verdict verdict = check(SIGNED, null, null, SECRET);

		assertThat(verdict.accepted()).as("the secret as ?token= is not accepted").isFalse();
		assertThat(verdict.refusal()).contains("CHATWOOT_WEBHOOK_TOKEN");
		assertThat(check(SIGNED, null, null, null).refusal()).contains("X-Chatwoot-Signature header is missing");
	}

	@Test
	void anExplicitTokenServesChatwootVersionsThatDoNotSign() {
		ChatwootWebhookSettings tokenOnly = new ChatwootWebhookSettings(null, null, null, "url-token", false);

		assertThat(check(tokenOnly, null, null, "url-token").accepted()).isTrue();
		assertThat(check(tokenOnly, null, null, "wrong").refusal()).contains("does not match CHATWOOT_WEBHOOK_TOKEN");
	}

	@Test
	void afterAnUpgradeToSigningVersionsTheSignedDeliveriesAreAccepted() {
		// an old set-up: the URL carries ?token=; Chatwoot 4.11.2 starts signing and the operator adds its secret
		ChatwootWebhookSettings upgraded = new ChatwootWebhookSettings(SECRET, null, null, "url-token", false);
		String signature = ChatwootSignature.sign(SECRET, TIMESTAMP, BODY);

		assertThat(check(upgraded, signature, TIMESTAMP, "url-token").accepted()).isTrue();
		assertThat(check(upgraded, signature, TIMESTAMP, null).accepted()).as("the token can then go").isTrue();
		ChatwootWebhookSettings tokenOnly = new ChatwootWebhookSettings(null, null, null, "url-token", false);
		assertThat(check(tokenOnly, signature, TIMESTAMP, "url-token").accepted())
			.as("before the secret is set, the token still admits the signed deliveries").isTrue();
	}

	@Test
	void withNothingConfiguredOnlyUnsignedDevelopmentAccepts() {
		assertThat(check(new ChatwootWebhookSettings(null, null, null, null, false), null, null, null).refusal())
			.contains("No Chatwoot webhook secret is configured");
		assertThat(check(new ChatwootWebhookSettings(null, null, null, null, true), null, null, null).accepted()).isTrue();
	}

	private static ChatwootSignature.Verdict check(ChatwootWebhookSettings settings, String signature, String timestamp,
			String token) {
		return ChatwootSignature.check(settings, signature, timestamp, token, BODY, NOW);
	}

}
