package io.recruitbot.conversation.llm;

/** Response bodies of the Anthropic Messages API, as the real one answers. */
final class AnthropicAnswers {

	private AnthropicAnswers() {
	}

	static String toolUse(String input, int inputTokens, int outputTokens) {
		return """
				{"id": "msg_01", "type": "message", "role": "assistant", "model": "claude-haiku-4-5",
				 "content": [{"type": "tool_use", "id": "toolu_01", "name": "%s", "input": %s}],
				 "stop_reason": "tool_use", "stop_sequence": null,
				 "usage": {"input_tokens": %d, "output_tokens": %d}}""".formatted(MessageReadingTool.NAME, input,
				inputTokens, outputTokens);
	}

	static String text(String text, int inputTokens, int outputTokens) {
		return """
				{"id": "msg_02", "type": "message", "role": "assistant", "model": "claude-haiku-4-5",
				 "content": [{"type": "text", "text": "%s"}],
				 "stop_reason": "end_turn", "stop_sequence": null,
				 "usage": {"input_tokens": %d, "output_tokens": %d}}""".formatted(text, inputTokens, outputTokens);
	}

}
