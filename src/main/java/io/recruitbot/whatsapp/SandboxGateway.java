package io.recruitbot.whatsapp;

import java.io.ByteArrayInputStream;
import java.util.UUID;

import io.recruitbot.whatsapp.OutboundMessage.Content;

/**
 * The default gateway: nothing leaves the machine. The message counts as sent and stays readable in the sandbox
 * outbox ({@code GET /api/sandbox/outbox}), which is how the simulator shows the bot's replies. The files the
 * simulator sent are handed over from {@link SandboxMedia}, as a provider hands over a candidate's.
 */
class SandboxGateway implements WhatsAppGateway {

	private final SandboxMedia media;

	SandboxGateway(SandboxMedia media) {
		this.media = media;
	}

	@Override
	public String provider() {
		return WhatsAppProvider.SANDBOX.setting();
	}

	@Override
	public boolean delivers() {
		return false;
	}

	@Override
	public String send(String to, Content content) {
		return "sandbox-" + UUID.randomUUID();
	}

	@Override
	public MediaFile media(String mediaId, long largest) {
		SandboxMedia.File file = this.media.find(mediaId).orElseThrow(MediaUnavailable::gone);
		if (file.bytes().length > largest) {
			throw MediaUnavailable.tooLarge(largest);
		}
		return new MediaFile(file.bytes().length, new ByteArrayInputStream(file.bytes()));
	}

}
