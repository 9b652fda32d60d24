package io.recruitbot.candidate;

/** Phone numbers as WhatsApp's {@code wa_id}: digits only, country code first. */
public final class PhoneNumber {

	private PhoneNumber() {
	}

	/** The digits of a number as people type it ({@code +31 6-1234 5678}); null when there are none. */
	public static String normalize(String phone) {
		if (phone == null) {
			return null;
		}
		// a plain loop: replaceAll compiled a pattern on every call, and this runs for every inbound message
		StringBuilder digits = new StringBuilder(phone.length());
		for (int i = 0; i < phone.length(); i++) {
			char c = phone.charAt(i);
			if (c >= '0' && c <= '9') {
				digits.append(c);
			}
		}
		return digits.isEmpty() ? null : digits.toString();
	}

}
