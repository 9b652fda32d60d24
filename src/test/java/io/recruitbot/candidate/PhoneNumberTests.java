package io.recruitbot.candidate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumberTests {

	@Test
	void aNumberAsPeopleTypeItKeepsOnlyItsDigits() {
		assertThat(PhoneNumber.normalize("+31 6-1234 5678")).isEqualTo("31612345678");
		assertThat(PhoneNumber.normalize("(0031) 6 12.34.56.78")).isEqualTo("0031612345678");
	}

	@Test
	void aWhatsAppIdIsAlreadyNormal() {
		assertThat(PhoneNumber.normalize("31612345678")).isEqualTo("31612345678");
	}

	@Test
	void textWithoutDigitsIsNoNumber() {
		assertThat(PhoneNumber.normalize("+-- ")).isNull();
		assertThat(PhoneNumber.normalize("")).isNull();
		assertThat(PhoneNumber.normalize(null)).isNull();
	}

}
