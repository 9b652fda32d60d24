package io.recruitbot.crm;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * Chatwoot's application API ({@code /api/v1/accounts/{account_id}/...}), authenticated with the
 * {@code api_access_token} header. Every request shape the platform sends to Chatwoot is written here and nowhere else.
 * Failures surface as Spring's {@code RestClientException}s; the mirror decides what to retry.
 */
@Component
class ChatwootClient {

	/** Marks messages the platform posted, so that their webhook echo is recognised. */
	static final String SOURCE_ID_PREFIX = "recruitbot:";

	private final ChatwootSettings settings;

	private final RestClient http;

	/** Builds its HTTP client only when Chatwoot is configured: one sets up TLS, a noticeable part of start-up. */
	ChatwootClient(ChatwootSettings settings, ObjectProvider<RestClient.Builder> builders) {
		this.settings = settings;
		if (settings.configured()) {
			HttpClient client = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
			JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
			requests.setReadTimeout(settings.timeout());
			this.http = builders.getObject()
				.baseUrl(settings.accountUrl())
				.requestFactory(requests)
				.defaultHeader("api_access_token", settings.apiToken())
				.build();
		}
		else {
			this.http = null;
		}
	}

	/** A Chatwoot contact and the source id of its contact inbox in the configured inbox (null when it has none). */
	record Contact(long id, String sourceId) {
	}

	Optional<Contact> findContactByPhone(String phoneNumber) {
		JsonNode found = api().get()
			.uri((uri) -> uri.path("/contacts/search").queryParam("q", "{q}").build(phoneNumber))
			.retrieve()
			.body(JsonNode.class);
		for (JsonNode contact : found.path("payload")) {
			if (phoneNumber.equals(contact.path("phone_number").asString(""))) {
				return Optional.of(contact(contact));
			}
		}
		return Optional.empty();
	}

	Contact createContact(String name, String phoneNumber, Map<String, Object> attributes) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("inbox_id", this.settings.inboxId());
		body.put("name", name);
		body.put("phone_number", phoneNumber);
		body.put("custom_attributes", attributes);
		JsonNode created = api().post().uri("/contacts").contentType(MediaType.APPLICATION_JSON).body(body)
			.retrieve()
			.body(JsonNode.class);
		return contact(created.path("payload").path("contact"));
	}

	/** Puts an existing contact into the configured inbox; answers the new contact inbox's source id. */
	String addToInbox(long contactId) {
		JsonNode created = api().post()
			.uri("/contacts/{id}/contact_inboxes", contactId)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("inbox_id", this.settings.inboxId()))
			.retrieve()
			.body(JsonNode.class);
		return created.path("source_id").asString();
	}

	/** Opens a conversation as {@code pending}: the bot has it until a recruiter opens it. */
	long createConversation(long contactId, String sourceId) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("source_id", sourceId);
		body.put("inbox_id", this.settings.inboxId());
		body.put("contact_id", contactId);
		body.put("status", "pending");
		JsonNode created = api().post().uri("/conversations").contentType(MediaType.APPLICATION_JSON).body(body)
			.retrieve()
			.body(JsonNode.class);
		return created.path("id").asLong();
	}

	/**
	 * Posts a transcript message ({@code incoming} from the candidate, {@code outgoing} from the bot) or a private
	 * note; answers Chatwoot's message id.
	 */
	long postMessage(long conversationId, String content, String messageType, boolean privateNote, String sourceId) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("content", content);
		body.put("message_type", messageType);
		body.put("private", privateNote);
		body.put("source_id", sourceId);
		body.put("content_attributes", Map.of("recruitbot", true));
		JsonNode created = api().post()
			.uri("/conversations/{id}/messages", conversationId)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.body(JsonNode.class);
		return created.path("id").asLong();
	}

	void updateContact(long contactId, String name, Map<String, Object> attributes) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", name);
		body.put("custom_attributes", attributes);
		api().put().uri("/contacts/{id}", contactId).contentType(MediaType.APPLICATION_JSON).body(body)
			.retrieve()
			.toBodilessEntity();
	}

	List<String> labels(long conversationId) {
		JsonNode labels = api().get().uri("/conversations/{id}/labels", conversationId).retrieve().body(JsonNode.class);
		List<String> names = new ArrayList<>();
		labels.path("payload").forEach((label) -> names.add(label.asString()));
		return names;
	}

	/** Chatwoot replaces the whole label list with this one. */
	void setLabels(long conversationId, List<String> labels) {
		api().post()
			.uri("/conversations/{id}/labels", conversationId)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("labels", labels))
			.retrieve()
			.toBodilessEntity();
	}

	/** Deletes the contact with its conversations; a contact that is already gone is fine. */
	void deleteContact(long contactId) {
		try {
			api().delete().uri("/contacts/{id}", contactId).retrieve().toBodilessEntity();
		}
		catch (HttpClientErrorException ex) {
			if (ex.getStatusCode() != HttpStatus.NOT_FOUND) {
				throw ex;
			}
		}
	}

	private RestClient api() {
		if (this.http == null) {
			throw new IllegalStateException("Chatwoot is not configured");
		}
		return this.http;
	}

	private Contact contact(JsonNode contact) {
		String sourceId = null;
		for (JsonNode inbox : contact.path("contact_inboxes")) {
			if (inbox.path("inbox").path("id").asLong() == this.settings.inboxId()) {
				sourceId = inbox.path("source_id").asString(null);
			}
		}
		return new Contact(contact.path("id").asLong(), sourceId);
	}

}
