package io.recruitbot.whatsapp;

import java.util.List;
import java.util.stream.IntStream;

import io.recruitbot.whatsapp.OutboundMessage.Button;
import io.recruitbot.whatsapp.OutboundMessage.Buttons;
import io.recruitbot.whatsapp.OutboundMessage.Content;
import io.recruitbot.whatsapp.OutboundMessage.ListMenu;
import io.recruitbot.whatsapp.OutboundMessage.Row;
import io.recruitbot.whatsapp.OutboundMessage.Template;
import io.recruitbot.whatsapp.OutboundMessage.Text;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MessageLimitsTests {

	@Test
	void shortTextStaysOneMessage() {
		assertThat(MessageLimits.fit(new Text("Hello Anna"))).containsExactly(new Text("Hello Anna"));
	}

	@Test
	void textOfExactlyTheLimitStaysOneMessage() {
		String text = "a".repeat(4096);

		assertThat(MessageLimits.fit(new Text(text))).containsExactly(new Text(text));
	}

	@Test
	void longTextIsSplitAtSentenceEnds() {
		String sentence = "We offer a barista job in Utrecht with flexible hours. ";
		String text = sentence.repeat(100).strip();

		List<String> parts = MessageLimits.split(text, 4096);

		assertThat(parts).hasSize(2).allSatisfy((part) -> assertThat(part).hasSizeLessThanOrEqualTo(4096).endsWith("."));
		assertThat(String.join(" ", parts)).isEqualTo(text);
	}

	@Test
	void paragraphBreakIsPreferredToASentenceEnd() {
		String first = "First paragraph. ".repeat(150).strip();
		String second = "Second paragraph. ".repeat(150).strip();

		List<String> parts = MessageLimits.split(first + "\n" + second, 4096);

		assertThat(parts).first().isEqualTo(first);
		assertThat(String.join(" ", parts).replace(" ", "")).isEqualTo((first + second).replace(" ", ""));
	}

	@Test
	void textWithoutSentencesIsSplitBetweenWords() {
		String text = "word ".repeat(1000).strip();

		List<String> parts = MessageLimits.split(text, 4096);

		assertThat(parts).hasSize(2).allSatisfy((part) -> assertThat(part).doesNotStartWith(" ").endsWith("word"));
		assertThat(String.join(" ", parts)).isEqualTo(text);
	}

	@Test
	void textWithoutSpacesIsCutWithoutBreakingACharacter() {
		String text = "😀".repeat(3000);

		List<String> parts = MessageLimits.split(text, 4096);

		assertThat(parts).hasSize(2).allSatisfy((part) -> {
			assertThat(part.length()).isLessThanOrEqualTo(4096);
			assertThat(Character.isHighSurrogate(part.charAt(part.length() - 1))).isFalse();
		});
		assertThat(String.join("", parts)).isEqualTo(text);
	}

	@Test
	void longButtonTitlesAreShortenedAndStayDistinct() {
		Buttons buttons = new Buttons("When can you start?", List.of(new Button("now", "Immediately, this very week"),
				new Button("soon", "Immediately, this very month"), new Button("later", "Later")));

		List<Content> fitted = MessageLimits.fit(buttons);

		assertThat(fitted).singleElement().isInstanceOfSatisfying(Buttons.class, (fit) -> {
			assertThat(fit.buttons()).extracting(Button::title)
				.containsExactly("Immediately, this v…", "Immediately, this… 2", "Later")
				.allSatisfy((title) -> assertThat(title).hasSizeLessThanOrEqualTo(20));
			assertThat(fit.buttons()).extracting(Button::id).containsExactly("now", "soon", "later");
		});
	}

	@Test
	void moreThanThreeAnswersBecomeAList() {
		List<Button> options = IntStream.rangeClosed(1, 5).mapToObj((i) -> new Button("day" + i, i + " days")).toList();

		List<Content> fitted = MessageLimits.fit(new Buttons("How many days a week?", options));

		assertThat(fitted).singleElement().isInstanceOfSatisfying(ListMenu.class, (list) -> {
			assertThat(list.body()).isEqualTo("How many days a week?");
			assertThat(list.rows()).extracting(Row::title).containsExactly("1 days", "2 days", "3 days", "4 days", "5 days");
		});
	}

	@Test
	void listKeepsTenRowsWithinTheirLengths() {
		List<Row> rows = IntStream.rangeClosed(1, 12)
			.mapToObj((i) -> new Row("vacancy-" + i, "Warehouse worker night shift " + i, "x".repeat(100)))
			.toList();

		List<Content> fitted = MessageLimits.fit(new ListMenu("Pick a job", "All vacancies in the region", rows));

		assertThat(fitted).singleElement().isInstanceOfSatisfying(ListMenu.class, (list) -> {
			assertThat(list.rows()).hasSize(10).allSatisfy((row) -> {
				assertThat(row.title()).hasSizeLessThanOrEqualTo(24);
				assertThat(row.description()).hasSize(72).endsWith("…");
			});
			assertThat(list.rows()).extracting(Row::title).doesNotHaveDuplicates();
			assertThat(list.buttonLabel()).hasSizeLessThanOrEqualTo(20);
		});
	}

	@Test
	void interactiveBodyBeyondItsLimitIsPrecededByText() {
		String intro = "This is the vacancy. ".repeat(60).strip();

		List<Content> fitted = MessageLimits.fit(new Buttons(intro, List.of(new Button("yes", "Yes"))));

		assertThat(fitted).hasSize(2);
		assertThat(fitted.get(0)).isInstanceOf(Text.class);
		assertThat(fitted.get(1)).isInstanceOfSatisfying(Buttons.class,
				(buttons) -> assertThat(buttons.body()).hasSizeLessThanOrEqualTo(1024));
	}

	@Test
	void templatesAreLeftAsTheyAre() {
		Template template = new Template("job_update", "nl", List.of("Anna"));

		assertThat(MessageLimits.fit(template)).containsExactly(template);
	}

}
