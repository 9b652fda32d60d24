package io.recruitbot.crm;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Without {@code CHATWOOT_WEBHOOK_SECRET} nobody gets in, not even with a signature. */
@SpringBootTest
@AutoConfigureMockMvc
class UnsignedChatwootWebhookIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void withoutASecretEveryDeliveryIsRefused() throws Exception {
		this.mvc.perform(ChatwootWebhookIntegrationTests.signed(ChatwootFixtures.read(ChatwootFixtures.STATUS_OPEN)))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(post("/webhooks/chatwoot?token=").contentType(MediaType.APPLICATION_JSON).content("{\"event\":\"x\"}"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.error").value("invalid_signature"));
	}

}
