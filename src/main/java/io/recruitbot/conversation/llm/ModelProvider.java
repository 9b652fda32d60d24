package io.recruitbot.conversation.llm;

import dev.langchain4j.model.chat.ChatModel;

/**
 * One language model service: it builds the chat model the {@link ModelMessageReader} calls, on the given HTTP
 * client. Every provider passes {@code ModelProviderContract}: the same tool call, the same checks, the same
 * resilience. Temperature 0 (the same message is read the same way) and no retries (the {@link ModelGuard} decides
 * when to call again, and a retry would double the wait of a candidate the offline reader can answer right away).
 */
interface ModelProvider {

	/** The provider as {@code LLM_PROVIDER} names it, for health and metrics. */
	String name();

	ChatModel chatModel(RetryAfterHttpClient.Builder http);

}
