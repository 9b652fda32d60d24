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
		StringBuilder digits = null;
		for (int i = 0; i < phone.length(); i++) {
			char c = phone.charAt(i);
			boolean digit = c >= '0' && c <= '9';
			if (!digit && digits == null) {
				digits = new StringBuilder(phone.length()).append(phone, 0, i);
			}
			else if (digit && digits != null) {
				digits.append(c);
			}
		}
		// a wa_id is digits already: then the number itself is the answer, without a copy
		String normalized = (digits != null) ? digits.toString() : phone;
		return normalized.isEmpty() ? null : normalized;
	}

}
