package io.recruitbot.ops.logging;

import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

/**
 * The JSON format's masking: every string member (the message, MDC values, error messages) goes through
 * {@link Masking}. Registered with {@code logging.structured.json.customizer}.
 */
public class MaskingJsonMembers implements StructuredLoggingJsonMembersCustomizer<Object> {

	@Override
	public void customize(JsonWriter.Members<Object> members) {
		members.applyingValueProcessor(JsonWriter.ValueProcessor.of(String.class, Masking::mask));
	}

}
