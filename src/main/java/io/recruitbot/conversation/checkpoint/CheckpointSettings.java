package io.recruitbot.conversation.checkpoint;

import java.time.Duration;

import io.recruitbot.system.ContractVariable;
import io.recruitbot.system.InvalidSettingException;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much of a screening conversation's workflow history is kept, and for how long an idle conversation is kept at
 * all ({@code CHECKPOINT_HISTORY_SIZE}, {@code CONVERSATION_RETENTION_DAYS}).
 */
@ConfigurationProperties("recruitbot.checkpoints")
record CheckpointSettings(@DefaultValue("20") int historySize, @DefaultValue("180") int retentionDays) {

	CheckpointSettings {
		if (historySize < 1 || historySize > 1000) {
			throw new InvalidSettingException(ContractVariable.CHECKPOINT_HISTORY_SIZE,
					"must be between 1 and 1000 (got " + historySize + ")");
		}
		if (retentionDays < 1 || retentionDays > 3650) {
			throw new InvalidSettingException(ContractVariable.CONVERSATION_RETENTION_DAYS,
					"must be between 1 and 3650 (got " + retentionDays + ")");
		}
	}

	static CheckpointSettings defaults() {
		return new CheckpointSettings(20, 180);
	}

	Duration retention() {
		return Duration.ofDays(this.retentionDays);
	}

}
