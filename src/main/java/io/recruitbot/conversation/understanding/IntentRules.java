package io.recruitbot.conversation.understanding;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The intents that rules decide with certainty. Opt-out keywords count only as the whole message ("STOP"), so an
 * answer that merely contains one ("I quit my last job in May") stays an answer; the phrases below name the bot,
 * the messages or the candidate's data, which a screening answer does not.
 */
final class IntentRules {

	private static final Set<String> OPT_OUT_WORDS = Set.of("stop", "stopall", "stop all", "unsubscribe", "cancel", "end",
			"quit", "optout", "opt out", "opt-out", "stoppen", "stop alsjeblieft", "stop please", "please stop",
			"afmelden", "uitschrijven", "remove me", "leave me alone", "stop it", "stop now", "stop this", "stop messages",
			"stop messaging", "stop texting", "no more");

	private static final Set<String> OPT_IN_WORDS = Set.of("start", "unstop", "start again", "restart", "resume",
			"subscribe", "opt in", "optin", "opt-in", "start please", "please start", "starten", "aanmelden");

	private static final Pattern OPT_OUT = Pattern.compile("\\b(?:unsubscribe|opt me out|opt out of|"
			+ "(?:stop|quit|cease)\\s+(?:messaging|texting|sending|contacting|calling|writing|bothering|spamming|"
			+ "whatsapping|mailing|emailing)(?:\\s+me|\\s+us)?|"
			+ "(?:don'?t|do not|never|no longer)\\s+(?:ever\\s+)?(?:text|message|contact|call|write|whatsapp|bother|"
			+ "send)\\s+(?:me|us)|no more (?:messages|texts|whatsapps?|spam)|leave me alone|remove me from|"
			+ "take me off|not interested anymore|"
			+ "(?:don'?t|do not|no longer)\\s+want\\s+(?:any\\s+|these\\s+|your\\s+|more\\s+|to\\s+(?:receive|get)\\s+)?"
			+ "(?:any\\s+|these\\s+|your\\s+|more\\s+)?(?:messages|texts|whatsapps?)|"
			+ "(?:don'?t|do not)\\s+send\\s+(?:me\\s+)?(?:anything|any more|anymore|more)|"
			+ "(?:cancel|withdraw|stop|end)\\s+(?:my|the)\\s+application|"
			+ "no longer interested|stuur me geen|"
			+ "geen berichten meer|niet meer (?:sturen|appen|berichten)|laat me met rust|meld me af)");

	private static final Pattern OPT_IN = Pattern.compile("\\b(?:start again|start over|unstop|opt (?:me )?(?:back )?in|"
			+ "(?:you can|you may|please)\\s+(?:message|text|contact|write)\\s+me again|resume (?:the )?messages|"
			+ "subscribe me again|resubscribe)\\b");

	private static final Pattern ERASE = Pattern.compile("\\b(?:(?:delete|remove|erase|wipe|destroy|forget|purge)"
			+ "\\s+(?:all\\s+(?:of\\s+)?)?(?:my|me|the|your)?\\s*(?:personal\\s+)?(?:data|details|information|info|"
			+ "profile|account|gegevens|records?|cv|everything|number)|forget me|forget about me|"
			+ "(?:forget|delete|remove|erase)\\s+(?:my|the)\\s+application|"
			+ "(?:delete|remove|erase|wipe)\\s+everything\\s+(?:you\\s+(?:have|know|store|hold)\\s+)?(?:about|on|of)\\s+me|"
			+ "(?:data|information|info|details|profile|gegevens)\\s+(?:removed|deleted|erased|wiped|verwijderd)|"
			+ "right to be forgotten|gdpr (?:request|deletion|erasure)|avg verzoek|"
			+ "verwijder\\s+(?:al\\s+)?(?:mijn|m'n)\\s+(?:gegevens|data|profiel)|vergeet mij)");

	private static final Pattern HUMAN = Pattern.compile("\\b(?:(?:talk|speak|chat|communicate)\\s+(?:to|with)\\s+"
			+ "(?:a\\s+|an\\s+|the\\s+|someone|somebody|your\\s+)?(?:real\\s+|actual\\s+|live\\s+)?(?:person|human|"
			+ "recruiter|someone|somebody|agent|employee|manager|colleague|staff)|"
			+ "(?:real|actual|live)\\s+(?:person|human|people)|human (?:being|please|agent)|"
			+ "(?:connect|transfer|put)\\s+me\\s+(?:to|through|with)|(?:can|could)\\s+(?:someone|somebody|a recruiter|you)\\s+"
			+ "call me|call me back|(?:can|could|may) i (?:call|phone|ring) (?:you|someone|somebody)|"
			+ "(?:your|a) (?:tele)?phone number|"
			+ "(?:spreken|praten)\\s+met\\s+(?:een\\s+)?(?:mens|persoon|medewerker|recruiter|iemand))");

	private static final Set<String> HUMAN_WORDS = Set.of("human", "agent", "person", "recruiter", "operator",
			"real person", "a human", "a person", "human please", "medewerker", "mens");

	private IntentRules() {
	}

	/** An e-mail address or a phone number in the message: "delete my old e-mail and use x@y" updates it. */
	private static final Pattern CONTACT_DETAIL = Pattern.compile("@|\\+?\\d[\\d -]{7,}\\d");

	private static final Phrasebook PHRASES = Phrasebook.all();

	/** The intent when a rule is certain, otherwise null. */
	static Intent decide(Utterance utterance) {
		String bare = utterance.bare();
		String plain = utterance.plain();
		if (OPT_OUT_WORDS.contains(bare) || PHRASES.isWhole("opt-out-alone", plain)) {
			return Intent.OPT_OUT;
		}
		if (OPT_IN_WORDS.contains(bare) || PHRASES.isWhole("opt-in-alone", plain) || utterance.matches(OPT_IN)
				|| (PHRASES.has("opt-in", plain) && !PHRASES.has("negation", plain))) {
			return Intent.OPT_IN;
		}
		if (HUMAN_WORDS.contains(bare) || PHRASES.isWhole("wants-human-alone", plain)) {
			return Intent.WANTS_HUMAN;
		}
		if ((utterance.matches(ERASE) || PHRASES.has("erase", plain)) && !CONTACT_DETAIL.matcher(utterance.text()).find()) {
			return Intent.ERASE_DATA;
		}
		if (utterance.matches(OPT_OUT) || PHRASES.has("opt-out", plain)) {
			return Intent.OPT_OUT;
		}
		if (utterance.matches(HUMAN) || PHRASES.has("wants-human", plain)) {
			return Intent.WANTS_HUMAN;
		}
		return null;
	}

}
