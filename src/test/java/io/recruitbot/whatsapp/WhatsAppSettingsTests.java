package io.recruitbot.whatsapp;

import io.recruitbot.system.InvalidSettingException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class WhatsAppSettingsTests {

	private static final String DIALOG360 = "https://waba-v2.360dialog.io";

	private static final String GRAPH = "https://graph.facebook.com/v21.0";

	@Test
	void sandboxNeedsNothing() {
		WhatsAppSettings settings = new WhatsAppSettings("sandbox", null, DIALOG360, null, null, GRAPH, "t", "en");

		assertThat(settings.chosenProvider()).isEqualTo(WhatsAppProvider.SANDBOX);
	}

	@Test
	void unknownProviderIsRefusedByItsVariable() {
		assertThatExceptionOfType(InvalidSettingException.class)
			.isThrownBy(() -> new WhatsAppSettings("twilio", null, DIALOG360, null, null, GRAPH, "t", "en"))
			.satisfies((ex) -> assertThat(ex.variable()).isEqualTo("WHATSAPP_PROVIDER"))
			.withMessageContaining("360dialog, meta or sandbox");
	}

	@Test
	void dialog360WithoutItsKeyIsRefused() {
		assertThatExceptionOfType(InvalidSettingException.class)
			.isThrownBy(() -> new WhatsAppSettings("360dialog", " ", DIALOG360, null, null, GRAPH, "t", "en"))
			.satisfies((ex) -> assertThat(ex.variable()).isEqualTo("DIALOG360_API_KEY"));
	}

	@Test
	void metaWithoutItsPhoneNumberIdIsRefused() {
		assertThatExceptionOfType(InvalidSettingException.class)
			.isThrownBy(() -> new WhatsAppSettings("meta", null, DIALOG360, "token", null, GRAPH, "t", "en"))
			.satisfies((ex) -> assertThat(ex.variable()).isEqualTo("WHATSAPP_PHONE_NUMBER_ID"));
	}

	@Test
	void metaWithoutItsTokenIsRefused() {
		assertThatExceptionOfType(InvalidSettingException.class)
			.isThrownBy(() -> new WhatsAppSettings("meta", null, DIALOG360, null, "1065", GRAPH, "t", "en"))
			.satisfies((ex) -> assertThat(ex.variable()).isEqualTo("WHATSAPP_ACCESS_TOKEN"));
	}

	@Test
	void badBaseUrlIsRefusedByItsVariable() {
		assertThatExceptionOfType(InvalidSettingException.class)
			.isThrownBy(() -> new WhatsAppSettings("meta", null, DIALOG360, "token", "1065", "graph", "t", "en"))
			.satisfies((ex) -> assertThat(ex.variable()).isEqualTo("WHATSAPP_GRAPH_BASE_URL"));
	}

	@Test
	void providerNameIgnoresCase() {
		WhatsAppSettings settings = new WhatsAppSettings("Meta", null, DIALOG360, "token", "1065", GRAPH, "t", "en");

		assertThat(settings.chosenProvider()).isEqualTo(WhatsAppProvider.META);
	}

}
