package io.recruitbot.conversation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.test.web.servlet.MockMvc;

import static io.recruitbot.system.security.MachineRequests.get;

/**
 * The Java twin of {@code shared/tools/play-conversations}: plays one conversation of the format
 * {@code recruitbot-conversations/1} and computes each check as that player does, speaking only the contract (the
 * webhook, the sandbox outbox, {@code GET /api/candidates?phone=}).
 */
final class ConversationPlayer {

	static final List<String> PROFILE_FIELDS = List.of("name", "email", "city", "desiredRole", "yearsExperience",
			"availability", "hoursPerWeek", "drivingLicense", "workPermit");

	private static final int MAX_ANSWER_TURNS = 20;

	private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d)[.,](?=\\d{3}\\b)");

	private static final Pattern WORD = Pattern.compile("[a-zà-ÿąćęłńóśźż]+");

	/** The player's own small lexicons: a reply is in the language with most hits, when it has two or more. */
	private static final Map<String, Set<String>> LEXICON = Map.of("nl", words("de het een en je jij jouw u uw ik wat "
			+ "waar hoe hoeveel niet wel voor van met op bent ben heb hebt heeft kun kunt wil wilt graag dank bedankt "
			+ "welke uur per jaar nee nog ook om te dat dit naar zijn wordt wij ons onze mag mogen kan werken woon "
			+ "woont gegevens vacature baan"), "en", words("the a an and you your i what where how many not for of "
					+ "with on are am have has can would like thanks thank which hours year years yes no still also to "
					+ "that this our will job do does live work"), "de", words("der das ein eine und du sie ihr ich wo "
							+ "wie viele nicht für von mit auf sind bin habe hast hat kannst können möchte danke welche "
							+ "stunden woche jahr nein noch auch zu dass dies ist wir unser arbeit wohnen daten stelle"),
			"pl", words("w z na nie tak jest się co jak ile dla od czy mam masz ma możesz chcesz dziękuję który które "
					+ "godzin tydzień tygodniu lat rok pracy praca mieszkasz dane oferta jesteś"));

	private final PersonaHarness.CandidatePhone phone;

	private final MockMvc mvc;

	private final JsonMapper json;

	ConversationPlayer(PersonaHarness.CandidatePhone phone, MockMvc mvc, JsonMapper json) {
		this.phone = phone;
		this.mvc = mvc;
		this.json = json;
	}

	Result play(JsonNode conversation) {
		Result result = new Result(conversation.get("id").asString());
		String waId = conversation.get("waId").asString();
		Set<String> neverAsk = texts(conversation.path("neverAsk"));
		try {
			for (JsonNode step : conversation.get("steps")) {
				if (step.path("answer").asBoolean(false)) {
					answer(conversation, result, step.path("until").asString(null),
							step.path("untilAnswered").asString(null));
					continue;
				}
				List<Chat.Sent> prior = outbox(waId);
				String askedBefore = prior.isEmpty() ? null : prior.get(prior.size() - 1).awaitingField();
				String say = step.get("say").asString();
				List<Chat.Sent> replies = send(conversation, say);
				List<Chat.Sent> box = outbox(waId);
				result.replies.addAll(replies);
				String field = box.isEmpty() ? null : box.get(box.size() - 1).awaitingField();
				if (field != null && neverAsk.contains(field)) {
					result.asked.add(field);
					result.reasked.add(field);
				}
				check(waId, step, say, replies, field, result);
				if (step.path("check").path("keepsPlace").asBoolean(false)) {
					result.check("'" + say + "' then asks " + askedBefore + " again",
							java.util.Objects.equals(field, askedBefore), "asks " + field);
				}
			}
			JsonNode candidate = candidate(waId);
			conversation.path("expect")
				.properties()
				.forEach((expected) -> result.check("final " + expected.getKey(),
						matches(expected.getKey(), expected.getValue(), candidate),
						expected.getKey().replace("~", "") + "=" + value(candidate, expected.getKey())));
			if (conversation.has("expectStatus")) {
				Set<String> wanted = oneOrMany(conversation.get("expectStatus"));
				result.check("final status in " + wanted, wanted.contains(status(candidate)), "status=" + status(candidate));
			}
			result.reasked.forEach((field) -> result.check("never asks " + field + " again or needlessly", false, ""));
			String language = conversation.path("language").asString(null);
			if (language != null) {
				for (Chat.Sent reply : result.replies) {
					String told = languageOf(reply.text());
					if (told != null) {
						result.check("reply in " + language, told.equals(language), told + ": " + shorten(reply.text()));
					}
				}
			}
			String first = conversation.path("expect").path("name").asString(conversation.path("profileName")
				.asString("Candidate")).split("\\s+")[0].toLowerCase(Locale.ROOT);
			Pattern name = Pattern.compile("\\b" + Pattern.quote(first) + "\\b");
			for (Chat.Sent reply : result.replies) {
				long times = name.matcher(reply.text().toLowerCase(Locale.ROOT)).results().count();
				result.check("first name at most once per message", times <= 1, shorten(reply.text()));
			}
		}
		catch (RuntimeException ex) {
			result.check("conversation played", false, ex.toString());
		}
		return result;
	}

	private void answer(JsonNode conversation, Result result, String until, String untilAnswered) {
		String waId = conversation.get("waId").asString();
		Set<String> never = texts(conversation.path("neverAsk"));
		List<Chat.Sent> box = outbox(waId);
		Set<String> answered = new HashSet<>();
		for (int turn = 0; turn < MAX_ANSWER_TURNS; turn++) {
			String field = box.isEmpty() ? null : box.get(box.size() - 1).awaitingField();
			if (field == null || field.equals(until)) {
				return;
			}
			result.asked.add(field);
			if (never.contains(field) || (answered.contains(field) && !field.equals("consent"))) {
				result.reasked.add(field);
			}
			String current = field;
			if (result.asked.stream().filter(current::equals).count() > 2) {
				return;
			}
			JsonNode answer = conversation.path("answers").get(field);
			if (answer == null || answer.isNull()) {
				result.check("asked " + field + ", which the script cannot answer", false, "");
				return;
			}
			answered.add(field);
			result.replies.addAll(send(conversation, answer.asString()));
			box = outbox(waId);
			if (field.equals(untilAnswered)) {
				return;
			}
		}
	}

	private void check(String waId, JsonNode step, String say, List<Chat.Sent> replies, String lastField,
			Result result) {
		JsonNode check = step.path("check");
		String text = replies.stream().map((reply) -> norm(reply.text())).collect(Collectors.joining(" "));
		JsonNode candidate = (check.has("consent") || check.has("profileEmpty") || check.has("status")
				|| check.has("erased") || check.has("field")) ? candidate(waId) : null;
		String quoted = "'" + say + "'";
		if (check.has("replied")) {
			boolean wanted = check.get("replied").asBoolean();
			result.check(quoted + " replied=" + wanted, !replies.isEmpty() == wanted, replies.size() + " replies");
		}
		if (check.has("awaits")) {
			String wanted = check.get("awaits").asString();
			result.check(quoted + " then asks " + wanted, wanted.equals(lastField), "asks " + lastField);
		}
		texts(check.path("replyHas")).forEach((expected) -> result.check(quoted + " reply has '" + expected + "'",
				text.contains(norm(expected)), shorten(text)));
		Set<String> anyOf = texts(check.path("replyHasAny"));
		if (!anyOf.isEmpty()) {
			result.check(quoted + " reply has one of " + anyOf, anyOf.stream().anyMatch((x) -> text.contains(norm(x))),
					shorten(text));
		}
		texts(check.path("replyLacks")).forEach((unwanted) -> result.check(quoted + " reply lacks '" + unwanted + "'",
				!text.contains(norm(unwanted)), shorten(text)));
		if (check.has("consent")) {
			boolean given = candidate != null && !candidate.path("consentAt").isNull()
					&& !candidate.path("consentAt").isMissingNode();
			result.safetyCheck(quoted + " consent=" + check.get("consent").asBoolean(),
					given == check.get("consent").asBoolean(), "consentAt=" + value(candidate, "consentAt"));
		}
		if (check.path("profileEmpty").asBoolean(false)) {
			List<String> stored = PROFILE_FIELDS.stream().filter((field) -> stored(candidate, field)).toList();
			result.safetyCheck(quoted + " nothing stored before consent", stored.isEmpty(), "stored " + stored);
		}
		if (check.has("erased")) {
			result.safetyCheck(quoted + " erased=" + check.get("erased").asBoolean(),
					(candidate == null) == check.get("erased").asBoolean(), (candidate == null) ? "erased" : "still stored");
		}
		if (check.has("status")) {
			Set<String> wanted = oneOrMany(check.get("status"));
			result.check(quoted + " status in " + wanted, wanted.contains(status(candidate)), "status=" + status(candidate));
		}
		check.path("field")
			.properties()
			.forEach((expected) -> result.check(quoted + " " + expected.getKey(),
					matches(expected.getKey(), expected.getValue(), candidate),
					expected.getKey() + "=" + value(candidate, expected.getKey())));
	}

	/** As the player's {@code match}: "~" means contains, a [lo, hi] pair a range, text compares case-blind. */
	static boolean matches(String key, JsonNode expected, JsonNode candidate) {
		JsonNode got = (candidate != null) ? candidate.path(key.replace("~", "")) : null;
		if (got == null || got.isMissingNode() || got.isNull()) {
			return false;
		}
		if (key.endsWith("~")) {
			return got.isString() && got.asString().toLowerCase(Locale.ROOT)
				.contains(expected.asString().toLowerCase(Locale.ROOT));
		}
		if (expected.isBoolean()) {
			return got.isBoolean() && got.asBoolean() == expected.asBoolean();
		}
		if (expected.isArray() && expected.size() == 2 && expected.get(0).isNumber() && expected.get(1).isNumber()) {
			return got.isNumber() && expected.get(0).asDouble() <= got.asDouble()
					&& got.asDouble() <= expected.get(1).asDouble();
		}
		if (expected.isNumber()) {
			return got.isNumber() && got.asDouble() == expected.asDouble();
		}
		return got.isString() && got.asString().strip().equalsIgnoreCase(expected.asString());
	}

	/** The language of a reply by the player's lexicons; null when it says too little to tell. */
	static String languageOf(String text) {
		Matcher words = WORD.matcher((text != null) ? text.toLowerCase(Locale.ROOT) : "");
		List<String> found = new ArrayList<>();
		while (words.find()) {
			found.add(words.group());
		}
		String best = null;
		long bestHits = 0;
		for (String language : List.of("nl", "en", "de", "pl")) {
			long hits = found.stream().filter(LEXICON.get(language)::contains).count();
			if (hits > bestHits) {
				best = language;
				bestHits = hits;
			}
		}
		return (bestHits < 2) ? null : best;
	}

	static String norm(String text) {
		return THOUSANDS.matcher((text != null) ? text.toLowerCase(Locale.ROOT) : "").replaceAll("");
	}

	private List<Chat.Sent> send(JsonNode conversation, String text) {
		return this.phone.send(conversation.get("waId").asString(),
				conversation.path("profileName").asString("Candidate"), text);
	}

	private List<Chat.Sent> outbox(String waId) {
		return SandboxOutbox.to(this.mvc, this.json, waId);
	}

	private JsonNode candidate(String waId) {
		try {
			String body = this.mvc.perform(get("/api/candidates").param("phone", waId))
				.andReturn()
				.getResponse()
				.getContentAsString();
			JsonNode items = this.json.readTree(body).path("items");
			return (items.isArray() && !items.isEmpty()) ? items.get(0) : null;
		}
		catch (Exception ex) {
			throw new IllegalStateException("The candidate cannot be read", ex);
		}
	}

	private static boolean stored(JsonNode candidate, String field) {
		JsonNode value = (candidate != null) ? candidate.path(field) : null;
		return value != null && !value.isMissingNode() && !value.isNull()
				&& !(value.isArray() && value.isEmpty()) && !(value.isString() && value.asString().isEmpty());
	}

	private static String status(JsonNode candidate) {
		return (candidate != null) ? candidate.path("status").asString(null) : null;
	}

	private static String value(JsonNode candidate, String key) {
		return (candidate == null) ? "no candidate" : String.valueOf(candidate.path(key.replace("~", "")));
	}

	private static Set<String> oneOrMany(JsonNode node) {
		return node.isArray() ? texts(node) : Set.of(node.asString());
	}

	private static Set<String> texts(JsonNode node) {
		Set<String> texts = new java.util.LinkedHashSet<>();
		if (node != null && node.isArray()) {
			node.valueStream().forEach((item) -> texts.add(item.asString()));
		}
		return texts;
	}

	private static Set<String> words(String words) {
		return Set.of(words.split(" "));
	}

	private static String shorten(String text) {
		return (text.length() <= 160) ? text : text.substring(0, 160) + "…";
	}

	/** The player's summary line, over every conversation. */
	static String summary(List<Result> results) {
		int checks = results.stream().mapToInt(Result::checks).sum();
		int failed = results.stream().mapToInt((result) -> result.failed.size()).sum();
		int safety = results.stream().mapToInt((result) -> result.safety.size()).sum();
		int reasked = results.stream().mapToInt((result) -> result.reasked.size()).sum();
		return "checks " + (checks - failed) + "/" + checks + ", re-asked " + reasked + ", safety failures " + safety;
	}

	/** What one conversation came to. */
	static final class Result {

		private final String id;

		private final List<String> failed = new ArrayList<>();

		private final List<String> safety = new ArrayList<>();

		private final List<String> asked = new ArrayList<>();

		private final List<String> reasked = new ArrayList<>();

		private final List<Chat.Sent> replies = new ArrayList<>();

		private int checks;

		Result(String id) {
			this.id = id;
		}

		void check(String label, boolean ok, String detail) {
			this.checks++;
			if (!ok) {
				this.failed.add(this.id + ": " + label + (detail.isEmpty() ? "" : " (" + detail + ")"));
			}
		}

		void safetyCheck(String label, boolean ok, String detail) {
			check(label, ok, detail);
			if (!ok) {
				this.safety.add(label);
			}
		}

		int checks() {
			return this.checks;
		}

		List<String> shortfalls() {
			return this.failed;
		}

	}

}
