package io.recruitbot.crm;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Chatwoot account (id 1) in-process, with state, behaving like Chatwoot where Recruitbot depends on it (read in
 * Chatwoot's source): a candidate's message reopens a resolved conversation to {@code open}, or to {@code pending} when
 * the inbox has an agent bot ({@code Message#reopen_resolved_conversation}); an agent's reply leaves a pending
 * conversation pending; only an administrator's token may delete contacts or define attributes, others get 401
 * ({@code ContactPolicy#destroy?}); an agent bot's token reaches only the bot endpoints ({@code AccessTokenAuthHelper});
 * {@code POST /conversations/{id}/labels} replaces the list, the bulk action adds and removes. Every change is sent as
 * a webhook, signed as {@code Webhooks::Trigger} signs from 4.11.2 (or with {@code ?token=} as older versions are set
 * up); with {@link #echoBeforeAnswering} a message's {@code message_created} arrives before the POST is answered.
 */
final class FakeChatwoot implements AutoCloseable {

	enum Role {
		ADMINISTRATOR, AGENT, BOT
	}

	record Message(long id, long conversationId, String content, String messageType, boolean privateNote,
			String sourceId, String senderType, List<Map<String, Object>> attachments) {
	}

	static final class Conversation {

		final long id;

		final long contactId;

		volatile String status;

		volatile Long assigneeId;

		volatile Long teamId;

		final Set<String> labels = ConcurrentHashMap.newKeySet();

		Conversation(long id, long contactId, String status) {
			this.id = id;
			this.contactId = contactId;
			this.status = status;
		}

	}

	record Contact(long id, String name, String phone, String sourceId, Map<String, Object> attributes) {
	}

	/** A request as it came, for tests that check who asked for what. */
	record Request(String method, String path, Role role, JsonNode body) {
	}

	private static final Pattern CONVERSATION_PART = Pattern
		.compile("/api/v1/accounts/1/conversations/(\\d+)/(messages|toggle_status|assignments|labels)");

	private static final Pattern CONTACT = Pattern.compile("/api/v1/accounts/1/contacts/(\\d+)(/contact_inboxes)?");

	private final HttpServer server;

	private final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final ExecutorService laterWebhooks = Executors.newSingleThreadExecutor();

	private final AtomicLong ids = new AtomicLong(100);

	final Map<String, Role> tokens = new ConcurrentHashMap<>();

	final Map<Long, Contact> contacts = new ConcurrentHashMap<>();

	final Map<Long, Conversation> conversations = new ConcurrentHashMap<>();

	final List<Message> messages = new CopyOnWriteArrayList<>();

	final List<Request> requests = new CopyOnWriteArrayList<>();

	final Set<String> attributeDefinitions = ConcurrentHashMap.newKeySet();

	final List<Integer> webhookAnswers = new CopyOnWriteArrayList<>();

	volatile String inboxChannel = "Channel::Api";

	volatile boolean agentBot;

	volatile boolean echoBeforeAnswering;

	private volatile String webhookUrl;

	private volatile String webhookSecret;

	private volatile String webhookToken;

	FakeChatwoot() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		this.server.createContext("/", this::handle);
		this.server.setExecutor(Executors.newFixedThreadPool(4));
		this.server.start();
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/** Webhooks go to {@code url}: signed with {@code secret} (Chatwoot from 4.11.2) and/or with {@code ?token=}. */
	void sendWebhooksTo(String url, String secret, String token) {
		this.webhookUrl = url;
		this.webhookSecret = secret;
		this.webhookToken = token;
	}

	void reset() {
		this.contacts.clear();
		this.conversations.clear();
		this.messages.clear();
		this.requests.clear();
		this.attributeDefinitions.clear();
		this.webhookAnswers.clear();
		this.inboxChannel = "Channel::Api";
		this.agentBot = false;
		this.echoBeforeAnswering = false;
	}

	// --- what a recruiter does in Chatwoot's dashboard

	/** A recruiter's reply in the conversation (with files, as {@code file_type} and {@code data_url}). */
	Message agentReplies(long conversationId, String content, Map<String, Object>... attachments) {
		List<Runnable> webhooks = new ArrayList<>();
		Message message = createMessage(conversationId, content, "outgoing", false, null, "user", List.of(attachments),
				webhooks);
		webhooks.forEach(Runnable::run);
		return message;
	}

	void agentSetsStatus(long conversationId, String status) {
		List<Runnable> webhooks = new ArrayList<>();
		changeStatus(this.conversations.get(conversationId), status, webhooks);
		webhooks.forEach(Runnable::run);
	}

	void agentAddsLabel(long conversationId, String label) {
		this.conversations.get(conversationId).labels.add(label);
	}

	Conversation onlyConversation() {
		return this.conversations.values().stream().reduce((a, b) -> {
			throw new AssertionError("more than one conversation");
		}).orElseThrow(() -> new AssertionError("no conversation"));
	}

	List<Message> messagesIn(long conversationId) {
		return this.messages.stream().filter((message) -> message.conversationId() == conversationId).toList();
	}

	// --- the API

	private void handle(HttpExchange exchange) throws IOException {
		List<Runnable> webhooks = new ArrayList<>();
		int status;
		Object answer;
		try {
			String method = exchange.getRequestMethod();
			String path = exchange.getRequestURI().getPath();
			byte[] raw = exchange.getRequestBody().readAllBytes();
			JsonNode body = (raw.length == 0) ? this.json.createObjectNode() : this.json.readTree(raw);
			Role role = this.tokens.get(String.valueOf(exchange.getRequestHeaders().getFirst("api_access_token")));
			this.requests.add(new Request(method, path, role, body));
			if (role == null) {
				respond(exchange, 401, Map.of("error", "Invalid Access Token"));
				return;
			}
			Object[] result = route(method, path, exchange.getRequestURI(), body, role, webhooks);
			status = (int) result[0];
			answer = result[1];
		}
		catch (RuntimeException ex) {
			status = 500;
			answer = Map.of("error", String.valueOf(ex));
		}
		if (this.echoBeforeAnswering) {
			webhooks.forEach(Runnable::run);
		}
		else {
			webhooks.forEach(this.laterWebhooks::submit);
		}
		respond(exchange, status, answer);
	}

	private Object[] route(String method, String path, URI uri, JsonNode body, Role role, List<Runnable> webhooks) {
		Matcher part = CONVERSATION_PART.matcher(path);
		boolean botEndpoint = part.matches() && !"labels".equals(part.group(2));
		if (role == Role.BOT && !botEndpoint) {
			return answer(401, Map.of("error", "Unauthorized"));
		}
		if (path.equals("/api/v1/profile")) {
			return answer(200, Map.of("accounts", List.of(Map.of("id", 1, "role", role.name().toLowerCase()))));
		}
		if (path.equals("/api/v1/accounts/1/inboxes/1")) {
			return answer(200, Map.of("id", 1, "channel_type", this.inboxChannel));
		}
		if (path.startsWith("/api/v1/accounts/1/inboxes/")) {
			return answer(404, Map.of("error", "Resource could not be found"));
		}
		if (path.equals("/api/v1/accounts/1/custom_attribute_definitions")) {
			if (method.equals("GET")) {
				return answer(200, this.attributeDefinitions.stream().map((key) -> Map.of("attribute_key", key)).toList());
			}
			if (role != Role.ADMINISTRATOR) {
				return answer(401, Map.of("error", "You are not authorized to do this action"));
			}
			this.attributeDefinitions.add(body.path("attribute_key").asString());
			return answer(200, Map.of());
		}
		if (path.equals("/api/v1/accounts/1/contacts/search")) {
			String q = uri.getQuery().replaceFirst("^q=", "").replace("%2B", "+");
			return answer(200, Map.of("payload", this.contacts.values().stream()
				.filter((contact) -> contact.phone().equals(q)).map(this::contactJson).toList()));
		}
		if (path.equals("/api/v1/accounts/1/contacts") && method.equals("POST")) {
			long id = this.ids.incrementAndGet();
			Contact contact = new Contact(id, body.path("name").asString(), body.path("phone_number").asString(),
					"src-" + id, Map.of());
			this.contacts.put(id, contact);
			return answer(200, Map.of("payload", Map.of("contact", contactJson(contact))));
		}
		Matcher contact = CONTACT.matcher(path);
		if (contact.matches()) {
			long id = Long.parseLong(contact.group(1));
			if (!this.contacts.containsKey(id)) {
				return answer(404, Map.of("error", "Resource could not be found"));
			}
			if (method.equals("DELETE")) {
				if (role != Role.ADMINISTRATOR) {
					return answer(401, Map.of("error", "You are not authorized to do this action"));
				}
				this.contacts.remove(id);
				this.conversations.values().removeIf((conversation) -> conversation.contactId == id);
				return answer(200, Map.of());
			}
			return answer(200, (contact.group(2) != null) ? Map.of("source_id", "src-" + id) : Map.of());
		}
		if (path.equals("/api/v1/accounts/1/conversations") && method.equals("POST")) {
			long id = this.ids.incrementAndGet();
			this.conversations.put(id, new Conversation(id, body.path("contact_id").asLong(),
					body.path("status").asString("open")));
			return answer(200, Map.of("id", id, "status", this.conversations.get(id).status));
		}
		if (path.equals("/api/v1/accounts/1/bulk_actions")) {
			for (JsonNode id : body.path("ids")) {
				Conversation conversation = this.conversations.get(id.asLong());
				body.path("labels").path("add").forEach((label) -> conversation.labels.add(label.asString()));
				body.path("labels").path("remove").forEach((label) -> conversation.labels.remove(label.asString()));
			}
			return answer(200, Map.of());
		}
		if (part.matches()) {
			Conversation conversation = this.conversations.get(Long.parseLong(part.group(1)));
			if (conversation == null) {
				return answer(404, Map.of("error", "Resource could not be found"));
			}
			return conversationPart(conversation, part.group(2), method, body, role, webhooks);
		}
		return answer(404, Map.of("error", "no route " + method + " " + path));
	}

	private Object[] conversationPart(Conversation conversation, String part, String method, JsonNode body, Role role,
			List<Runnable> webhooks) {
		switch (part) {
			case "messages" -> {
				String type = body.path("message_type").asString("outgoing");
				String sender = "incoming".equals(type) ? "contact" : (role == Role.BOT) ? "agent_bot" : "user";
				Message message = createMessage(conversation.id, body.path("content").asString(""), type,
						body.path("private").asBoolean(false), body.path("source_id").asString(null), sender, List.of(),
						webhooks);
				return answer(200, messageJson(message));
			}
			case "toggle_status" -> {
				changeStatus(conversation, body.path("status").asString(), webhooks);
				return answer(200, Map.of("payload", Map.of("success", true, "current_status", conversation.status)));
			}
			case "assignments" -> {
				if (body.has("assignee_id")) {
					Long before = conversation.assigneeId;
					conversation.assigneeId = body.path("assignee_id").asLong();
					webhooks.add(() -> deliver(conversationJson(conversation, "conversation_updated",
							Map.of("assignee_id", change(before, conversation.assigneeId)))));
				}
				else {
					conversation.teamId = body.path("team_id").asLong();
				}
				return answer(200, Map.of());
			}
			default -> {
				if (method.equals("POST")) {
					conversation.labels.clear(); // Chatwoot replaces the whole list
					body.path("labels").forEach((label) -> conversation.labels.add(label.asString()));
				}
				return answer(200, Map.of("payload", new ArrayList<>(conversation.labels)));
			}
		}
	}

	private Message createMessage(long conversationId, String content, String type, boolean privateNote,
			String sourceId, String senderType, List<Map<String, Object>> attachments, List<Runnable> webhooks) {
		Conversation conversation = this.conversations.get(conversationId);
		Message message = new Message(this.ids.incrementAndGet(), conversationId, content, type, privateNote, sourceId,
				senderType, attachments);
		this.messages.add(message);
		webhooks.add(() -> deliver(messageJson(message)));
		if ("incoming".equals(type) && "resolved".equals(conversation.status)) {
			// Message#reopen_resolved_conversation
			changeStatus(conversation, this.agentBot ? "pending" : "open", webhooks);
		}
		return message;
	}

	private void changeStatus(Conversation conversation, String status, List<Runnable> webhooks) {
		String before = conversation.status;
		if (before.equals(status)) {
			return;
		}
		conversation.status = status;
		webhooks.add(() -> deliver(conversationJson(conversation, "conversation_status_changed",
				Map.of("status", change(before, status)))));
	}

	// --- webhooks

	private void deliver(Map<String, Object> event) {
		if (this.webhookUrl == null) {
			return;
		}
		byte[] body = this.json.writeValueAsBytes(event);
		String url = this.webhookUrl + ((this.webhookToken != null) ? "?token=" + this.webhookToken : "");
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (this.webhookSecret != null) {
			String timestamp = String.valueOf(Instant.now().getEpochSecond());
			request.header("X-Chatwoot-Timestamp", timestamp)
				.header("X-Chatwoot-Signature", ChatwootSignature.sign(this.webhookSecret, timestamp, body))
				.header("X-Chatwoot-Delivery", java.util.UUID.randomUUID().toString());
		}
		try {
			this.webhookAnswers.add(this.http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode());
		}
		catch (IOException ex) {
			this.webhookAnswers.add(-1);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private Map<String, Object> messageJson(Message message) {
		Conversation conversation = this.conversations.get(message.conversationId());
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("event", "message_created");
		event.put("id", message.id());
		event.put("content", message.content());
		event.put("message_type", message.messageType());
		event.put("private", message.privateNote());
		event.put("source_id", message.sourceId());
		event.put("content_attributes", Map.of());
		event.put("sender", Map.of("id", 7, "type", message.senderType()));
		event.put("attachments", message.attachments());
		event.put("conversation", conversationJson(conversation, null, null));
		event.put("account", Map.of("id", 1));
		return event;
	}

	private Map<String, Object> conversationJson(Conversation conversation, String eventName,
			Map<String, Object> changed) {
		Map<String, Object> event = new LinkedHashMap<>();
		if (eventName != null) {
			event.put("event", eventName);
		}
		event.put("id", conversation.id);
		event.put("status", conversation.status);
		event.put("inbox_id", 1);
		Contact contact = this.contacts.get(conversation.contactId);
		Map<String, Object> meta = new LinkedHashMap<>();
		meta.put("sender", Map.of("id", conversation.contactId, "phone_number",
				(contact != null) ? contact.phone() : "", "type", "contact"));
		meta.put("assignee", (conversation.assigneeId != null) ? Map.of("id", conversation.assigneeId) : null);
		event.put("meta", meta);
		if (changed != null) {
			event.put("changed_attributes", List.of(changed));
		}
		return event;
	}

	private static Map<String, Object> change(Object before, Object after) {
		Map<String, Object> change = new LinkedHashMap<>();
		change.put("previous_value", before);
		change.put("current_value", after);
		return change;
	}

	private Map<String, Object> contactJson(Contact contact) {
		return Map.of("id", contact.id(), "phone_number", contact.phone(), "contact_inboxes",
				List.of(Map.of("source_id", contact.sourceId(), "inbox", Map.of("id", 1))));
	}

	private static Object[] answer(int status, Object body) {
		return new Object[] { status, body };
	}

	private void respond(HttpExchange exchange, int status, Object body) throws IOException {
		byte[] bytes = this.json.writeValueAsBytes(body);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.laterWebhooks.shutdownNow();
	}

	static Map<String, Object> attachment(String fileType, String dataUrl) {
		return Map.of("file_type", fileType, "data_url", dataUrl);
	}

	static Set<String> labelsOf(Conversation conversation) {
		return new LinkedHashSet<>(conversation.labels);
	}

}
