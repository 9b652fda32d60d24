package io.recruitbot.whatsapp;

import java.util.UUID;

import io.recruitbot.whatsapp.OutboundMessage.Content;

/**
 * The default gateway: nothing leaves the machine. The message counts as sent and stays readable in the sandbox
 * outbox ({@code GET /api/sandbox/outbox}), which is how the simulator shows the bot's replies.
 */
class SandboxGateway implements WhatsAppGateway {

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

}
