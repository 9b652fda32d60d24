package io.recruitbot.system;

import java.util.Arrays;
import java.util.Optional;

/**
 * The environment variables of the external contract and the setting each one feeds. This is the only place that knows
 * both names, so a bad value can always be reported by the variable the operator actually set.
 */
public enum ContractVariable {

	PORT("server.port"),
	DATABASE_URL("recruitbot.database.url"),
	DB_POOL_SIZE("recruitbot.database.pool-size"),
	EMBEDDED_DATABASE_TEMPLATE("recruitbot.database.embedded-template"),
	REDIS_URL("recruitbot.redis.url"),
	ADMIN_API_TOKEN("recruitbot.admin.api-token"),
	DEMO_VACANCIES("recruitbot.admin.demo-vacancies"),
	RECRUITBOT_ADMIN_EMAIL("recruitbot.access.admin-email"),
	RECRUITBOT_ADMIN_PASSWORD("recruitbot.access.admin-password"),
	OIDC_ISSUER_URI("recruitbot.access.oidc-issuer-uri"),
	OIDC_CLIENT_ID("recruitbot.access.oidc-client-id"),
	OIDC_CLIENT_SECRET("recruitbot.access.oidc-client-secret"),
	LLM_PROVIDER("recruitbot.llm.provider"),
	LLM_PROCESSOR_NAME("recruitbot.llm.processor-name"),
	LLM_CONTEXT_TURNS("recruitbot.llm.context-turns"),
	ANTHROPIC_API_KEY("recruitbot.llm.anthropic-api-key"),
	ANTHROPIC_MODEL("recruitbot.llm.anthropic-model"),
	ANTHROPIC_BASE_URL("recruitbot.llm.anthropic-base-url"),
	OPENAI_API_KEY("recruitbot.llm.openai-api-key"),
	OPENAI_BASE_URL("recruitbot.llm.openai-base-url"),
	OPENAI_MODEL("recruitbot.llm.openai-model"),
	CHECKPOINT_HISTORY_SIZE("recruitbot.checkpoints.history-size"),
	CONVERSATION_RETENTION_DAYS("recruitbot.checkpoints.retention-days"),
	WHATSAPP_PROVIDER("recruitbot.whatsapp.provider"),
	DIALOG360_API_KEY("recruitbot.whatsapp.dialog360-api-key"),
	DIALOG360_BASE_URL("recruitbot.whatsapp.dialog360-base-url"),
	WHATSAPP_ACCESS_TOKEN("recruitbot.whatsapp.access-token"),
	WHATSAPP_PHONE_NUMBER_ID("recruitbot.whatsapp.phone-number-id"),
	WHATSAPP_GRAPH_BASE_URL("recruitbot.whatsapp.graph-base-url"),
	WHATSAPP_TEMPLATE_NAME("recruitbot.whatsapp.reengagement-template"),
	WHATSAPP_TEMPLATE_LANGUAGE("recruitbot.whatsapp.reengagement-template-language"),
	DIALOG360_WEBHOOK_SECRET("recruitbot.webhooks.dialog360-secret"),
	DIALOG360_PARTNER_SECRET("recruitbot.webhooks.dialog360-partner-secret"),
	WHATSAPP_APP_SECRET("recruitbot.webhooks.meta-app-secret"),
	WHATSAPP_VERIFY_TOKEN("recruitbot.webhooks.meta-verify-token"),
	CHATWOOT_WEBHOOK_SECRET("recruitbot.webhooks.chatwoot-secret"),
	CHATWOOT_API_INBOX_SECRET("recruitbot.webhooks.chatwoot-api-inbox-secret"),
	CHATWOOT_AGENT_BOT_SECRET("recruitbot.webhooks.chatwoot-agent-bot-secret"),
	CHATWOOT_WEBHOOK_TOKEN("recruitbot.webhooks.chatwoot-token"),
	ALLOW_UNSIGNED_WEBHOOKS("recruitbot.webhooks.allow-unsigned"),
	CHATWOOT_BASE_URL("recruitbot.chatwoot.base-url"),
	CHATWOOT_API_TOKEN("recruitbot.chatwoot.api-token"),
	CHATWOOT_ACCOUNT_ID("recruitbot.chatwoot.account-id"),
	CHATWOOT_INBOX_ID("recruitbot.chatwoot.inbox-id"),
	CHATWOOT_AGENT_BOT_TOKEN("recruitbot.chatwoot.agent-bot-token"),
	CHATWOOT_HANDOFF_TEAM_ID("recruitbot.chatwoot.handoff-team-id"),
	CHATWOOT_HANDOFF_ASSIGNEE_ID("recruitbot.chatwoot.handoff-assignee-id"),
	CHATWOOT_HANDOFF_ON("recruitbot.chatwoot.handoff-on"),
	ENVIRONMENT("recruitbot.deployment.environment"),
	GIT_COMMIT_SHA("recruitbot.deployment.git-commit-sha"),
	RAILWAY_GIT_COMMIT_SHA("recruitbot.deployment.git-commit-sha"),
	LOG_FORMAT("recruitbot.deployment.log-format"),
	EMBEDDING_MODEL_DIR("recruitbot.embedding.model-directory");

	private final String property;

	ContractVariable(String property) {
		this.property = property;
	}

	public String property() {
		return this.property;
	}

	/** The variable that feeds a setting, for error messages; the setting itself when no variable does. */
	public static String nameFor(String property) {
		return forProperty(property).map(Enum::name).orElse(property);
	}

	static Optional<ContractVariable> forProperty(String property) {
		return Arrays.stream(values()).filter((variable) -> variable.property.equals(property)).findFirst();
	}

}
