package io.recruitbot.crm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Checks at start (and every ten minutes after) that the Chatwoot set-up can work: the token is accepted and belongs
 * to the account, the inbox exists and is an API channel inbox (another channel refuses messages posted through the
 * API), the token may delete contacts (only administrators may: erasure needs it), and the contact attributes of the
 * screening fields are defined (created when missing) so Chatwoot's sidebar shows them. A misconfiguration stops
 * nothing: it shows in the {@code chatwoot} health component with one clear sentence; a wrong token or inbox pauses the
 * mirror, which would only fail.
 */
@Component
class ChatwootSetupCheck {

	static final Duration RECHECK = Duration.ofMinutes(10);

	static final String API_CHANNEL = "Channel::Api";

	private static final Logger log = LoggerFactory.getLogger(ChatwootSetupCheck.class);

	/**
	 * What the last check found.
	 * @param problems one sentence each, the most serious first
	 * @param mirrorBlocked the mirror cannot work (token refused, inbox missing or of another kind)
	 */
	record Findings(List<String> problems, boolean mirrorBlocked, Instant checkedAt) {

		static final Findings NOT_YET = new Findings(List.of(), false, null);

	}

	private final ChatwootSettings settings;

	private final ChatwootClient chatwoot;

	private final Clock clock;

	private volatile Findings findings = Findings.NOT_YET;

	ChatwootSetupCheck(ChatwootSettings settings, ChatwootClient chatwoot, Clock clock) {
		this.settings = settings;
		this.chatwoot = chatwoot;
		this.clock = clock;
	}

	Findings findings() {
		return this.findings;
	}

	/** Checks again when the last check is older than {@link #RECHECK} (or there was none). */
	Findings checkIfStale() {
		Instant last = this.findings.checkedAt();
		if (last == null || Duration.between(last, this.clock.instant()).compareTo(RECHECK) >= 0) {
			return check();
		}
		return this.findings;
	}

	Findings check() {
		if (!this.settings.configured()) {
			return this.findings;
		}
		List<String> problems = new ArrayList<>();
		boolean blocked = false;
		try {
			Optional<String> role = this.chatwoot.roleInAccount();
			if (role.isEmpty()) {
				problems.add("The owner of CHATWOOT_API_TOKEN is not a member of account " + this.settings.accountId()
						+ " (CHATWOOT_ACCOUNT_ID): nothing can be mirrored.");
				blocked = true;
			}
			else if (!"administrator".equals(role.get())) {
				problems.add("Erasure will fail: CHATWOOT_API_TOKEN belongs to an " + role.get()
						+ ", and Chatwoot lets only administrators delete contacts; use an administrator's access token.");
			}
			if (!blocked) {
				blocked = checkInbox(problems);
			}
			if (!blocked) {
				defineAttributes(problems);
			}
		}
		catch (RestClientResponseException ex) {
			problems.add(0, (ex.getStatusCode().value() == HttpStatus.UNAUTHORIZED.value())
					? "Chatwoot refuses CHATWOOT_API_TOKEN (401): nothing can be mirrored until it is a valid access token."
					: "Chatwoot answered " + ex.getStatusCode().value() + " while checking the set-up.");
			blocked = ex.getStatusCode().value() == HttpStatus.UNAUTHORIZED.value();
		}
		catch (RestClientException ex) {
			problems.add("Chatwoot could not be reached to check the set-up (" + ex.getClass().getSimpleName() + ").");
		}
		this.findings = new Findings(List.copyOf(problems), blocked, this.clock.instant());
		problems.forEach((problem) -> log.warn("Chatwoot set-up: {}", problem));
		return this.findings;
	}

	private boolean checkInbox(List<String> problems) {
		String channel;
		try {
			channel = this.chatwoot.inboxChannelType();
		}
		catch (RestClientResponseException ex) {
			if (ex.getStatusCode().value() != HttpStatus.NOT_FOUND.value()) {
				throw ex;
			}
			problems.add("Inbox " + this.settings.inboxId() + " (CHATWOOT_INBOX_ID) does not exist in account "
					+ this.settings.accountId() + ": nothing can be mirrored.");
			return true;
		}
		if (!API_CHANNEL.equals(channel)) {
			problems.add("Inbox " + this.settings.inboxId() + " (CHATWOOT_INBOX_ID) is a " + channel
					+ " inbox; Recruitbot needs an API channel inbox, the only kind that takes messages through the API.");
			return true;
		}
		return false;
	}

	private void defineAttributes(List<String> problems) {
		List<String> defined = this.chatwoot.contactAttributeKeys();
		try {
			for (Map.Entry<String, String> attribute : CrmProfile.attributeNames().entrySet()) {
				if (!defined.contains(attribute.getKey())) {
					this.chatwoot.defineContactAttribute(attribute.getKey(), attribute.getValue());
				}
			}
		}
		catch (RestClientResponseException ex) {
			problems.add("The screening fields could not be defined as contact attributes (Chatwoot answered "
					+ ex.getStatusCode().value() + "), so the sidebar does not show them; an administrator's token can.");
		}
	}

}
