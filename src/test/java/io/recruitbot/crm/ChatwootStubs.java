package io.recruitbot.crm;

import com.github.tomakehurst.wiremock.WireMockServer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/** WireMock playing a Chatwoot account (id 1, API inbox 1) that knows no contact yet. */
final class ChatwootStubs {

	static final String TOKEN = "chatwoot-api-token";

	static final String ACCOUNT = "/api/v1/accounts/1";

	private ChatwootStubs() {
	}

	static void emptyAccount(WireMockServer chatwoot) {
		chatwoot.resetAll();
		chatwoot.stubFor(any(urlPathMatching(ACCOUNT + "/.*")).atPriority(10).willReturn(okJson("{}")));
		chatwoot.stubFor(get(urlPathMatching(ACCOUNT + "/contacts/search")).willReturn(okJson("{\"payload\": []}")));
		chatwoot.stubFor(post(urlEqualTo(ACCOUNT + "/contacts")).willReturn(okJson("""
				{"payload": {"contact": {"id": 101, "phone_number": "+31600000101",
				  "contact_inboxes": [{"source_id": "src-101", "inbox": {"id": 1}}]}}}""")));
		chatwoot.stubFor(post(urlEqualTo(ACCOUNT + "/conversations")).willReturn(okJson("{\"id\": 102, \"status\": \"pending\"}")));
		chatwoot.stubFor(get(urlPathMatching(ACCOUNT + "/conversations/\\d+/labels"))
			.willReturn(okJson("{\"payload\": [\"vip\"]}")));
		// a fresh Chatwoot message id for every post, as Chatwoot does
		chatwoot.stubFor(post(urlPathMatching(ACCOUNT + "/conversations/\\d+/messages")).willReturn(aResponse()
			.withHeader("Content-Type", "application/json")
			.withBody("{\"id\": {{randomInt lower=1000 upper=2000000000}} }")
			.withTransformers("response-template")));
	}

}
