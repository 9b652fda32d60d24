package io.recruitbot.ops.logging;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTests {

	@Test
	void phoneNumbersKeepOnlyTheirLastTwoDigits() {
		assertThat(Masking.mask("Inbound from 31612345678 queued")).isEqualTo("Inbound from ***78 queued");
		assertThat(Masking.mask("to +31 6 1234 5678")).isEqualTo("to ***78");
		assertThat(Masking.mask("phone=447700900123,")).isEqualTo("phone=***23,");
	}

	@Test
	void emailAddressesDisappear() {
		assertThat(Masking.mask("candidate wrote jan.de.vries+jobs@example.co.uk today"))
			.isEqualTo("candidate wrote [email] today");
	}

	@Test
	void quotedMessageTextKeepsOnlyItsLength() {
		assertThat(Masking.mask("reply text=\"Ik ben Jan en woon in Utrecht\" sent"))
			.isEqualTo("reply text=\"[29 chars]\" sent");
		assertThat(Masking.mask("{\"type\":\"text\",\"text\":{\"body\":\"Hallo, ik zoek werk\"}}"))
			.isEqualTo("{\"type\":\"text\",\"text\":{\"body\":\"[19 chars]\"}}");
		assertThat(Masking.mask("caption='mijn cv'")).isEqualTo("caption='[7 chars]'");
	}

	@Test
	void credentialsInUrlsDisappear() {
		assertThat(Masking.mask("connecting to postgresql://recruit:s3cret@db.example.com:5432/app"))
			.isEqualTo("connecting to postgresql://***@db.example.com:5432/app");
	}

	@Test
	void datesIdsAndSmallNumbersAreLeftAlone() {
		String line = "2026-11-28T06:30:00Z inbox 1234 claimed 550e8400-e29b-41d4-a716-446655440000 after 350 ms "
				+ "wamid.HBgLMzE2MTIzNDU2NzgVAgASGBQzQTk5 on port 8080";
		assertThat(Masking.mask(line)).isEqualTo(line);
	}

	@Test
	void nothingToMaskIsReturnedAsIs() {
		assertThat(Masking.mask(null)).isNull();
		assertThat(Masking.mask("")).isEmpty();
	}

}
