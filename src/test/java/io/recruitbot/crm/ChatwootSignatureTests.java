package io.recruitbot.crm;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChatwootSignatureTests {

	static final String SECRET = "chatwoot-secret";

	static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

	static final byte[] BODY = "{\"event\":\"message_created\"}".getBytes(StandardCharsets.UTF_8);

	static final String TIMESTAMP = String.valueOf(NOW.getEpochSecond());

	@Test
	void aSignatureOverTimestampAndBodyIsAccepted() {
		String signature = ChatwootSignature.sign(SECRET, TIMESTAMP, BODY);

		assertThat(signature).startsWith("sha256=").hasSize(7 + 64);
		assertThat(ChatwootSignature.verify(SECRET, signature, TIMESTAMP, null, BODY, NOW)).isTrue();
		assertThat(ChatwootSignature.verify(SECRET, signature.toUpperCase().replace("SHA256=", "sha256="), TIMESTAMP,
				null, BODY, NOW)).isTrue();
	}

	@Test
	void aSignatureOfAnotherBodyOrSecretIsRefused() {
		String otherBody = ChatwootSignature.sign(SECRET, TIMESTAMP, "{}".getBytes(StandardCharsets.UTF_8));
		String otherSecret = ChatwootSignature.sign("not-the-secret", TIMESTAMP, BODY);

		assertThat(ChatwootSignature.verify(SECRET, otherBody, TIMESTAMP, null, BODY, NOW)).isFalse();
		assertThat(ChatwootSignature.verify(SECRET, otherSecret, TIMESTAMP, null, BODY, NOW)).isFalse();
		assertThat(ChatwootSignature.verify(SECRET, "sha256=zz", TIMESTAMP, null, BODY, NOW)).isFalse();
	}

	@Test
	void aSignatureOlderOrNewerThanFiveMinutesIsRefused() {
		String old = String.valueOf(NOW.minusSeconds(301).getEpochSecond());
		String edge = String.valueOf(NOW.minusSeconds(300).getEpochSecond());
		String future = String.valueOf(NOW.plusSeconds(301).getEpochSecond());

		assertThat(ChatwootSignature.verify(SECRET, ChatwootSignature.sign(SECRET, old, BODY), old, null, BODY, NOW)).isFalse();
		assertThat(ChatwootSignature.verify(SECRET, ChatwootSignature.sign(SECRET, edge, BODY), edge, null, BODY, NOW)).isTrue();
		assertThat(ChatwootSignature.verify(SECRET, ChatwootSignature.sign(SECRET, future, BODY), future, null, BODY, NOW))
			.isFalse();
	}

	@Test
	void aSignatureWithoutATimestampIsRefused() {
		String signature = ChatwootSignature.sign(SECRET, TIMESTAMP, BODY);

		assertThat(ChatwootSignature.verify(SECRET, signature, null, null, BODY, NOW)).isFalse();
		assertThat(ChatwootSignature.verify(SECRET, signature, "yesterday", null, BODY, NOW)).isFalse();
	}

	@Test
	void theSecretAsTokenStandsInForASignature() {
		assertThat(ChatwootSignature.verify(SECRET, null, null, SECRET, BODY, NOW)).isTrue();
		assertThat(ChatwootSignature.verify(SECRET, null, null, "guess", BODY, NOW)).isFalse();
		assertThat(ChatwootSignature.verify(SECRET, null, null, null, BODY, NOW)).isFalse();
	}

}
