package io.recruitbot.whatsapp;

import io.recruitbot.system.ConflictException;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The simulator's files stay within their memory, the oldest going first, and only the sandbox takes them. */
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

	@Test
	void aRealProviderTakesNoFilesFromTheSimulator() {
		WhatsAppSettings meta = new WhatsAppSettings("meta", null, "https://waba-v2.360dialog.io", "meta-token",
				"106540352242922", "https://graph.facebook.com/v21.0", "job_update", "nl");
		SandboxMediaController controller = new SandboxMediaController(new SandboxMedia(), meta);
		MockHttpServletRequest upload = new MockHttpServletRequest("POST", "/api/sandbox/media");
		upload.setContent(new byte[] { 1, 2, 3 });

		assertThatThrownBy(() -> controller.upload(upload, "image/png", null)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("WHATSAPP_PROVIDER=sandbox");
	}

}
