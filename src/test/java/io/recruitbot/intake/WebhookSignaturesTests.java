package io.recruitbot.intake;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.recruitbot.intake.WebhookSignatures.Verdict;
import org.junit.jupiter.api.Test;

import static io.recruitbot.intake.WebhookFixtures.signature;
import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignaturesTests {

	private static final byte[] BODY = WebhookFixtures.fixture("whatsapp-text");

	private static WebhookSignatures signatures(String metaSecret, String dialogSecret, String partnerSecret,
			boolean allowUnsigned) {
		return new WebhookSignatures(
				new WebhookSettings(dialogSecret, partnerSecret, metaSecret, null, null, allowUnsigned));
	}

	@Test
	void metaDeliverySignedWithTheAppSecretIsAccepted() {
		assertThat(signatures("s3cret", null, null, false).meta(BODY, signature("s3cret", BODY)))
			.isEqualTo(Verdict.ACCEPTED);
	}

	@Test
	void metaDeliverySignedWithAnotherSecretIsRefused() {
		assertThat(signatures("s3cret", null, null, false).meta(BODY, signature("guess", BODY)))
			.isEqualTo(Verdict.BAD_SIGNATURE);
	}

	@Test
	void metaSignatureOverOtherBytesIsRefused() {
		byte[] reformatted = new String(BODY, StandardCharsets.UTF_8).replace(",", ", ").getBytes(StandardCharsets.UTF_8);
		assertThat(signatures("s3cret", null, null, false).meta(BODY, signature("s3cret", reformatted)))
			.isEqualTo(Verdict.BAD_SIGNATURE);
	}

	@Test
	void missingOrGarbledMetaSignatureIsRefused() {
		WebhookSignatures signatures = signatures("s3cret", null, null, false);
		assertThat(signatures.meta(BODY, null)).isEqualTo(Verdict.MISSING_SIGNATURE);
		assertThat(signatures.meta(BODY, "sha256=not-hex-at-all")).isEqualTo(Verdict.BAD_SIGNATURE);
		assertThat(signatures.meta(BODY, "sha256=")).isEqualTo(Verdict.BAD_SIGNATURE);
	}

	@Test
	void duringARotationBothAppSecretsAreAccepted() {
		WebhookSignatures signatures = signatures("new-secret, old-secret", null, null, false);
		assertThat(signatures.meta(BODY, signature("new-secret", BODY))).isEqualTo(Verdict.ACCEPTED);
		assertThat(signatures.meta(BODY, signature("old-secret", BODY))).isEqualTo(Verdict.ACCEPTED);
		assertThat(signatures.meta(BODY, signature("older-secret", BODY))).isEqualTo(Verdict.BAD_SIGNATURE);
	}

	@Test
	void withoutSecretsDeliveriesAreRefusedUnlessUnsignedOnesAreAllowed() {
		assertThat(signatures(null, null, null, false).meta(BODY, null)).isEqualTo(Verdict.NOT_CONFIGURED);
		assertThat(signatures(null, null, null, false).dialog360(BODY, null, null)).isEqualTo(Verdict.NOT_CONFIGURED);
		assertThat(signatures(null, null, null, true).meta(BODY, null)).isEqualTo(Verdict.ACCEPTED);
		assertThat(signatures(null, null, null, true).dialog360(BODY, null, null)).isEqualTo(Verdict.ACCEPTED);
	}

	@Test
	void aConfiguredSecretIsCheckedEvenWhenUnsignedDeliveriesAreAllowed() {
		assertThat(signatures("s3cret", null, null, true).meta(BODY, null)).isEqualTo(Verdict.MISSING_SIGNATURE);
	}

	@Test
	void dialog360SharedSecretMustMatchExactly() {
		WebhookSignatures signatures = signatures(null, "shared", null, false);
		assertThat(signatures.dialog360(BODY, "shared", null)).isEqualTo(Verdict.ACCEPTED);
		assertThat(signatures.dialog360(BODY, "Shared", null)).isEqualTo(Verdict.BAD_SIGNATURE);
		assertThat(signatures.dialog360(BODY, null, null)).isEqualTo(Verdict.MISSING_SIGNATURE);
	}

	@Test
	void dialog360PartnerSignatureIsRequiredWhereThePartnerSecretIsConfigured() {
		WebhookSignatures signatures = signatures(null, "shared", "partner", false);
		String hex = signature("partner", BODY).substring("sha256=".length());
		String base64 = Base64.getEncoder().encodeToString(WebhookSignatures.hmacSha256("partner", BODY));
		assertThat(signatures.dialog360(BODY, "shared", hex)).isEqualTo(Verdict.ACCEPTED);
		assertThat(signatures.dialog360(BODY, "shared", base64)).isEqualTo(Verdict.ACCEPTED);
		assertThat(signatures.dialog360(BODY, "shared", null)).isEqualTo(Verdict.MISSING_SIGNATURE);
		assertThat(signatures.dialog360(BODY, "shared", signature("other", BODY))).isEqualTo(Verdict.BAD_SIGNATURE);
	}

}
