package io.recruitbot.conversation.checkpoint;

import io.recruitbot.system.InvalidSettingException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CheckpointSettingsTests {

	@Test
	void defaultsKeepTwentyCheckpointsForHalfAYear() {
		assertThat(CheckpointSettings.defaults().historySize()).isEqualTo(20);
		assertThat(CheckpointSettings.defaults().retention().toDays()).isEqualTo(180);
	}

	@Test
	void anEmptyHistoryIsRefusedNamingItsVariable() {
		assertThatExceptionOfType(InvalidSettingException.class).isThrownBy(() -> new CheckpointSettings(0, 180))
			.satisfies((ex) -> assertThat(ex.variable()).isEqualTo("CHECKPOINT_HISTORY_SIZE"));
	}

	@Test
	void aRetentionOfNoDaysIsRefusedNamingItsVariable() {
		assertThatExceptionOfType(InvalidSettingException.class).isThrownBy(() -> new CheckpointSettings(20, 0))
			.satisfies((ex) -> assertThat(ex.variable()).isEqualTo("CONVERSATION_RETENTION_DAYS"));
	}

}
