package io.recruitbot.conversation;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.recruitbot.candidate.Candidate;
import io.recruitbot.candidate.CandidateRepository;
import io.recruitbot.candidate.CandidateStatus;
import io.recruitbot.candidate.Candidates;
import io.recruitbot.candidate.Transcript;
import io.recruitbot.conversation.understanding.MessageReader;
import io.recruitbot.conversation.understanding.TextSimilarity;
import io.recruitbot.intake.ConversationEngine;
import org.junit.jupiter.api.RepeatedTest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A recruiter's take-over always wins over a bot step that started earlier. The take-over commits while the message
 * is in the graph (after the candidate was read, before the reply step writes; the latch sits in the router's
 * understanding): the answer is kept, but the bot neither qualifies the candidate nor says anything, and handing back
 * returns the candidate to where the take-over found them. Run on every database the platform runs on.
 */
abstract class TakeoverRaceContract {

	/** Pauses the router of a message whose text is {@link #PAUSING} until the test lets it go on. */
	static final Hook hook = new Hook();

	static final String PAUSING = "yes, I may work here";

	@Autowired
	ConversationEngine engine;

	@Autowired
	CandidateRepository candidates;

	@Autowired
	Candidates lifecycle;

	@Autowired
	Transcript transcript;

	@Autowired
	JsonMapper json;

	@Autowired
	MockMvc mvc;

	@RepeatedTest(100)
	void aTakeOverDuringTheLastAnswerWinsAndHandingBackRestoresScreening() throws Exception {
		Chat chat = new Chat(new Chat.Bot(this.engine, this.mvc, this.json, this.candidates, this.transcript),
				"3177" + String.format("%08d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L)),
				"Jan");
		allButTheLastAnswer(chat);
		Candidate read = this.candidates.findByPhone(chat.phone()).orElseThrow();
		assertThat(read.status()).isEqualTo(CandidateStatus.SCREENING);
		int sentBefore = chat.sent().size();
		hook.arm();

		CompletableFuture<Void> lastAnswer = CompletableFuture.runAsync(() -> chat.says(PAUSING));
		assertThat(hook.reading.await(30, TimeUnit.SECONDS)).as("the message reached the router").isTrue();
		this.lifecycle.handOff(read.id(), "test");
		hook.goOn.countDown();
		lastAnswer.get(30, TimeUnit.SECONDS);

		Candidate after = this.candidates.findById(read.id()).orElseThrow();
		assertThat(after.status()).isEqualTo(CandidateStatus.HANDED_OFF);
		assertThat(after.profile().workPermit()).as("the answer is kept").isTrue();
		assertThat(after.matchedVacancyIds()).isEmpty();
		assertThat(chat.sent()).as("the bot said nothing after the take-over").hasSize(sentBefore);
		assertThat(this.lifecycle.handBack(read.id(), "test").status()).isEqualTo(CandidateStatus.SCREENING);
	}

	private static void allButTheLastAnswer(Chat chat) {
		for (String text : List.of("hi", "yes", "Jan de Vries", "jan@example.com", "Rotterdam", "warehouse", "4",
				"right away", "40", "yes")) {
			chat.says(text);
		}
	}

	/** The router's understanding with a latch: the literal one of {@link ScriptedUnderstanding}. */
	@TestConfiguration(proxyBeanMethods = false)
	static class PausingUnderstanding {

		@Bean
		@Primary
		MessageReader pausingReader() {
			return (text, awaiting, vacancies) -> {
				if (PAUSING.equals(text)) {
					hook.pause();
				}
				return ScriptedUnderstanding.read(text.equals(PAUSING) ? "yes" : text, awaiting, vacancies);
			};
		}

		@Bean
		@Primary
		TextSimilarity exactSimilarity() {
			return (first, second) -> first.equalsIgnoreCase(second) ? 1 : 0;
		}

	}

	static final class Hook {

		volatile CountDownLatch reading = new CountDownLatch(1);

		volatile CountDownLatch goOn = new CountDownLatch(1);

		void arm() {
			this.reading = new CountDownLatch(1);
			this.goOn = new CountDownLatch(1);
		}

		void pause() {
			this.reading.countDown();
			try {
				if (!this.goOn.await(Duration.ofSeconds(30).toSeconds(), TimeUnit.SECONDS)) {
					throw new IllegalStateException("The test never let the message go on");
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

	}

}
