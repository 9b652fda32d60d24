package io.recruitbot.ops.logging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

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
				+ "by inbox-worker-12 in io.recruitbot.intake.InboxWorkers, correlation inbox-1234, on port 8080";
		assertThat(Masking.mask(line)).isEqualTo(line);
	}

	@Test
	void whatsAppMessageIdsDisappearForTheyCarryTheSendersNumber() throws Exception {
		String fixture = new String(new ClassPathResource("webhooks/whatsapp-text.json").getContentAsByteArray(),
				StandardCharsets.UTF_8);
		String id = fixture.replaceAll("(?s).*\"id\":\"(wamid\\.[^\"]+)\".*", "$1");
		for (String wamid : new String[] { id, "wamid.HBgLMzE2MTIzNDU2NzgVAgASGBQzQUFCQ0RFRjAxMjM0NTY3ODkA" }) {
			String sender = decoded(wamid.substring("wamid.".length()));
			assertThat(sender).as("the premise: %s carries a phone number", wamid).containsPattern("3160000010131|316\\d{8}");

			assertThat(Masking.mask("Message " + wamid + " handled")).isEqualTo("Message wamid.*** handled");
			assertThat(Masking.mask("{\"correlationId\":\"" + wamid + "\"}")).isEqualTo("{\"correlationId\":\"wamid.***\"}");
		}
	}

	@Test
	void base64ThatDecodesToAPhoneNumberDisappears() {
		String plain = Base64.getEncoder().encodeToString("to:31612345678;".getBytes(StandardCharsets.US_ASCII));
		String urlSafe = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[] { (byte) 0xfb, (byte) 0xff,
				'4', '4', '7', '7', '0', '0', '9', '0', '0', '1', '2', '3' });

		assertThat(Masking.mask("id " + plain + " seen")).isEqualTo("id *** seen");
		assertThat(Masking.mask("id=" + urlSafe)).isEqualTo("id=***");
		String harmless = Base64.getEncoder().encodeToString("just some bytes, no number".getBytes(StandardCharsets.US_ASCII));
		assertThat(Masking.mask("token " + harmless)).isEqualTo("token " + harmless);
	}

	@Test
	void rowValuesInDatabaseErrorsDisappear() {
		assertThat(Masking.mask("ERROR: null value in column \"x\" violates not-null constraint\n  Detail: Failing row "
				+ "contains (42, 31612345678, Jan de Vries, Ik zoek werk (fulltime), null)."))
			.isEqualTo("ERROR: null value in column \"x\" violates not-null constraint\n  Detail: Failing row contains (***).");
		assertThat(Masking.mask("Detail: Key (phone)=(31612345678) already exists."))
			.isEqualTo("Detail: Key (phone)=(***) already exists.");
	}

	private static String decoded(String base64) {
		String padded = base64.replace("=", "");
		return new String(Base64.getDecoder().decode(padded.substring(0, padded.length() - padded.length() % 4)),
				StandardCharsets.ISO_8859_1);
	}

	@Test
	void nothingToMaskIsReturnedAsIs() {
		assertThat(Masking.mask(null)).isNull();
		assertThat(Masking.mask("")).isEmpty();
	}

}
