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
		String digits = phone.replaceAll("[^0-9]", "");
		return digits.isEmpty() ? null : digits;
	}

}
