package io.recruitbot.whatsapp;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The name a candidate's file is handed over under can be no path, no header and no hidden file. */
class MediaFileNameTests {

	@Test
	void aCandidatesFileNameIsKeptWhenHarmless() {
		assertThat(MediaFileName.of("CV Jan de Vries.pdf", "application/pdf")).isEqualTo("CV Jan de Vries.pdf");
	}

	@Test
	void pathsQuotesAndLineBreaksAreTakenOut() {
		assertThat(MediaFileName.of("../../etc/passwd", "text/plain")).isEqualTo("_.._etc_passwd");
		assertThat(MediaFileName.of("cv\".pdf\r\nSet-Cookie: x", "application/pdf")).doesNotContain("\"", "\r", "\n");
		assertThat(MediaFileName.of("C:\\Users\\jan\\cv.pdf", "application/pdf")).isEqualTo("C__Users_jan_cv.pdf");
	}

	@Test
	void aFileWithoutANameIsNamedByItsType() {
		assertThat(MediaFileName.of(null, "image/jpeg")).isEqualTo("image.jpg");
		assertThat(MediaFileName.of("  ", "audio/ogg; codecs=opus")).isEqualTo("audio.ogg");
		assertThat(MediaFileName.of(null, "application/zip")).isEqualTo("file");
	}

	@Test
	void aVeryLongNameKeepsItsEnd() {
		assertThat(MediaFileName.of("a".repeat(500) + ".pdf", "application/pdf")).hasSize(120).endsWith(".pdf");
	}

}
