package io.recruitbot.conversation;

import java.util.List;
import java.util.UUID;

import io.recruitbot.whatsapp.OutboundMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReplyTests {

	@Test
	void aLongTextIsShortenedToWhatsAppsLimit() {
		assertThat(Reply.text("a".repeat(5000)).text()).hasSize(Reply.MAX_TEXT).endsWith("…");
	}

	@Test
	void aTextWithButtonsIsShortenedToTheButtonBodyLimit() {
		assertThat(Reply.asking("b".repeat(2000), "consent", List.of("Yes")).text()).hasSize(Reply.MAX_BUTTON_BODY);
	}

	@Test
	void atMostThreeButtonsOfTwentyCharactersAreAllowed() {
		assertThatIllegalArgumentException().isThrownBy(() -> Reply.asking("?", "x", List.of("a", "b", "c", "d")));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Reply.asking("?", "x", List.of("a title longer than twenty")));
	}

	@Test
	void buttonsBecomeReplyButtonsWithReadableIdsAndTheAwaitedField() {
		UUID candidate = UUID.randomUUID();
		OutboundMessage message = Reply.asking("OK?", "consent", List.of("Yes, that's fine", "No, thanks"))
			.toOutbound(candidate, "31600000001");
		assertThat(message.awaitingField()).isEqualTo("consent");
		assertThat(message.content()).isInstanceOfSatisfying(OutboundMessage.Buttons.class,
				(buttons) -> assertThat(buttons.buttons()).extracting(OutboundMessage.Button::id)
					.containsExactly("yes-that-s-fine", "no-thanks"));
	}

	@Test
	void aReplySurvivesTheCheckpointAsAMap() {
		Reply reply = Reply.asking("Do you have a driving licence?", "drivingLicense", List.of("Yes", "No"));
		assertThat(Reply.fromMap(reply.toMap())).isEqualTo(reply);
	}

}
