package io.recruitbot.intake;

import java.time.Instant;

import io.recruitbot.intake.InboundMessage.Location;
import io.recruitbot.intake.InboundMessage.Media;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InboundMessageTests {

	@Test
	void nulCharactersAreDroppedFromEveryTextACandidateWrote() {
		InboundMessage message = new InboundMessage("wamid.X", "31600000101", "Ja\0n", Instant.EPOCH, InboundType.TEXT,
				"Hal\0lo", null, new Media("m1", "image/jpeg", "c\0v.jpg", "mi\0jn cv"),
				new Location(52.1, 5.1, "Thu\0is", "Straat\0 1"));

		assertThat(message.profileName()).isEqualTo("Jan");
		assertThat(message.text()).isEqualTo("Hallo");
		assertThat(message.media().fileName()).isEqualTo("cv.jpg");
		assertThat(message.media().caption()).isEqualTo("mijn cv");
		assertThat(message.location().name()).isEqualTo("Thuis");
		assertThat(message.location().address()).isEqualTo("Straat 1");
	}

	@Test
	void absentTextsStayAbsent() {
		InboundMessage message = new InboundMessage("wamid.X", "31600000101", null, Instant.EPOCH, InboundType.AUDIO, null,
				null, new Media("m1", "audio/ogg", null, null), null);

		assertThat(message.profileName()).isNull();
		assertThat(message.text()).isNull();
		assertThat(message.media().caption()).isNull();
	}

}
