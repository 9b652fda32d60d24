package io.recruitbot.whatsapp;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The simulator's files stay within their memory: the oldest go first. */
class SandboxMediaTests {

	@Test
	void theOldestFilesGoWhenTheSandboxHoldsTooMuch() {
		SandboxMedia media = new SandboxMedia();
		int files = (int) (SandboxMedia.KEPT_BYTES / SandboxMedia.LARGEST_FILE) + 1;
		SandboxMedia.File first = media.keep("image/png", null, new byte[SandboxMedia.LARGEST_FILE]);
		SandboxMedia.File last = first;
		for (int i = 1; i < files; i++) {
			last = media.keep("image/png", null, new byte[SandboxMedia.LARGEST_FILE]);
		}

		assertThat(media.find(first.id())).isEmpty();
		assertThat(media.find(last.id())).contains(last);
	}

}
