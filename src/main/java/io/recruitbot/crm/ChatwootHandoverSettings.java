package io.recruitbot.crm;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.recruitbot.system.ContractVariable;
import io.recruitbot.system.InvalidSettingException;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the bot shares conversations with the recruiters in Chatwoot. {@code CHATWOOT_AGENT_BOT_TOKEN}: the access token
 * of the inbox's Agent Bot, under which the bot's messages are posted (so Chatwoot's reports do not count them as a
 * person's); {@code CHATWOOT_HANDOFF_TEAM_ID} / {@code CHATWOOT_HANDOFF_ASSIGNEE_ID}: who a handed-over conversation
 * is assigned to; {@code CHATWOOT_HANDOFF_ON}: besides a candidate asking for a person (always), {@code qualified}
 * hands a qualified candidate over too.
 */
@ConfigurationProperties("recruitbot.chatwoot")
record ChatwootHandoverSettings(String agentBotToken, Long handoffTeamId, Long handoffAssigneeId,
		@DefaultValue("request") List<String> handoffOn) {

	static final Set<String> MOMENTS = Set.of("request", "qualified");

	ChatwootHandoverSettings {
		handoffOn = handoffOn.stream().map((moment) -> moment.trim().toLowerCase(Locale.ROOT))
			.filter((moment) -> !moment.isEmpty()).toList();
		for (String moment : handoffOn) {
			if (!MOMENTS.contains(moment)) {
				throw new InvalidSettingException(ContractVariable.CHATWOOT_HANDOFF_ON,
						"knows 'request' and 'qualified', not '" + moment + "'");
			}
		}
		if (handoffTeamId != null && handoffTeamId <= 0) {
			throw new InvalidSettingException(ContractVariable.CHATWOOT_HANDOFF_TEAM_ID, "must be a positive number");
		}
		if (handoffAssigneeId != null && handoffAssigneeId <= 0) {
			throw new InvalidSettingException(ContractVariable.CHATWOOT_HANDOFF_ASSIGNEE_ID, "must be a positive number");
		}
	}

	boolean hasAgentBot() {
		return this.agentBotToken != null && !this.agentBotToken.isBlank();
	}

	boolean handsOverQualified() {
		return this.handoffOn.contains("qualified");
	}

}
