package io.recruitbot.whatsapp;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where outbound messages go, as {@code WHATSAPP_PROVIDER} names it. */
enum WhatsAppProvider {

	DIALOG360("360dialog"), META("meta"), SANDBOX("sandbox");

	private final String setting;

	WhatsAppProvider(String setting) {
		this.setting = setting;
	}

	String setting() {
		return this.setting;
	}

	static Optional<WhatsAppProvider> forSetting(String value) {
		String wanted = (value != null) ? value.trim().toLowerCase(Locale.ROOT) : "";
		return Arrays.stream(values()).filter((provider) -> provider.setting.equals(wanted)).findFirst();
	}

}
