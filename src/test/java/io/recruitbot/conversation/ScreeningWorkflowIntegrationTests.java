package io.recruitbot.conversation;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import io.recruitbot.candidate.Candidate;
import io.recruitbot.candidate.Transcript;
import io.recruitbot.candidate.CandidateProfile;
import io.recruitbot.candidate.CandidateRepository;
import io.recruitbot.candidate.CandidateStatus;
import io.recruitbot.intake.ConversationEngine;
import io.recruitbot.intake.InboundMessage;
import io.recruitbot.intake.InboundType;
import io.recruitbot.whatsapp.OutboundMessage;
import io.recruitbot.whatsapp.Outbox;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static io.recruitbot.system.security.MachineRequests.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The screening conversation through the engine, with a literal stand-in for the understanding. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ScriptedUnderstanding.class)
class ScreeningWorkflowIntegrationTests {

	@Autowired
	ConversationEngine engine;

	@Autowired
	CandidateRepository candidates;

	@Autowired
	Transcript records;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	MockMvc mvc;

	@Autowired
	MeterRegistry meters;

	@MockitoSpyBean
	Outbox outbox;

	private Chat chat(String profileName) {
		String phone = "316" + String.format("%08d", Math.abs(UUID.randomUUID().getMostSignificantBits() % 100_000_000));
		return new Chat(new Chat.Bot(this.engine, this.mvc, this.json, this.candidates, this.records), phone,
				profileName);
	}

	private Candidate candidate(Chat chat) {
		return this.candidates.findByPhone(chat.phone()).orElseThrow();
	}

	/** Consents, then answers whatever the bot asks until it asks nothing more. */
	private void answerAll(Chat chat, String city, String role, String years, String hours, String licence) {
		Map<String, String> answers = Map.of("consent", "yes", "name", "Jan de Vries", "email", "jan@example.com",
				"city", city, "desiredRole", role, "yearsExperience", years, "availability", "right away",
				"hoursPerWeek", hours, "drivingLicense", licence, "workPermit", "yes");
		for (int turn = 0; turn < 12 && chat.last().awaitingField() != null; turn++) {
			chat.says(answers.get(chat.last().awaitingField()));
		}
	}

	@Test
	void aNewCandidateIsGreetedByTheAssistantAndAskedForConsentWithButtons() {
		Chat chat = chat("Jan");
		chat.says("hi");
		assertThat(chat.sent()).singleElement().satisfies((sent) -> {
			assertThat(sent.text()).startsWith("Hi Jan!").contains("automated assistant of Recruitbot");
			assertThat(sent.awaitingField()).isEqualTo("consent");
			assertThat(sent.buttons()).hasSize(2).allSatisfy((title) -> assertThat(title).hasSizeLessThanOrEqualTo(20));
		});
		assertThat(candidate(chat).status()).isEqualTo(CandidateStatus.NEW);
	}

	@Test
	void aCandidateWhoAnswersEverythingIsQualifiedAndToldTheMatchedVacanciesAndNextStep() {
		Chat chat = chat("Jan");
		chat.says("hi");
		answerAll(chat, "Rotterdam", "warehouse", "4", "40", "yes");
		Candidate candidate = candidate(chat);
		assertThat(candidate.status()).isEqualTo(CandidateStatus.QUALIFIED);
		assertThat(candidate.matchedVacancyIds()).containsExactly("warehouse-rotterdam");
		assertThat(candidate.consentAt()).isNotNull();
		assertThat(candidate.profile()).extracting(CandidateProfile::name, CandidateProfile::city, CandidateProfile::hoursPerWeek)
			.containsExactly("Jan de Vries", "Rotterdam", 40);
		assertThat(this.candidates.consents(candidate.id())).singleElement()
			.satisfies((consent) -> assertThat(consent.granted()).isTrue());
		assertThat(chat.last().text()).contains("Your profile fits this vacancy", "Warehouse Worker in Rotterdam", "recruiter");
		assertThat(chat.last().awaitingField()).isNull();
		assertThat(chat.sent().stream().map(Chat.Sent::awaitingField).filter((field) -> field != null))
			.containsExactly("consent", "name", "email", "city", "desiredRole", "yearsExperience", "availability",
					"hoursPerWeek", "drivingLicense", "workPermit");
		assertThat(this.meters.find(ScreeningGraph.STEP_TIMER).tag("node", "conversation").timer().count())
			.isPositive();
	}

	@Test
	void repliesVaryTheirAcknowledgementAndNameTheCandidateRarelyAndAtMostOncePerMessage() {
		Chat chat = chat("Jan");
		chat.says("hi");
		answerAll(chat, "Rotterdam", "warehouse", "4", "40", "yes");
		List<String> openings = chat.sent()
			.stream()
			.skip(3)
			.map((sent) -> sent.text().substring(0, sent.text().indexOf(' ')))
			.distinct()
			.toList();
		assertThat(openings).hasSizeGreaterThan(3);
		assertThat(chat.sent().get(2).text()).startsWith("Thanks, Jan!");
		assertThat(chat.sent()).allSatisfy((sent) -> assertThat(sent.text().split("\\bJan\\b", -1).length - 1)
			.as(sent.text())
			.isLessThanOrEqualTo(1));
		assertThat(chat.sent().stream().filter((sent) -> sent.text().contains("Jan"))).hasSizeLessThanOrEqualTo(3);
	}

	@Test
	void theBotSpeaksTheCandidatesLanguageStoresItAndSwitchesOnlyWhenTheCandidateClearlyDoes() {
		Chat chat = chat("Pieter");
		chat.says("Hoi, ik zoek werk");
		assertThat(chat.last().text()).startsWith("Hoi Pieter!").contains("digitale assistent");
		assertThat(chat.last().buttons()).containsExactly("Ja, dat is goed", "Nee, liever niet");
		assertThat(candidate(chat).language()).isEqualTo("nl");
		chat.says("ja");
		assertThat(chat.last().text()).contains("Wat is je volledige naam?");
		chat.says("Pieter de Jong");
		chat.says("yes");
		assertThat(chat.last().text()).as("one short message in English does not switch")
			.contains("Op welk e-mailadres");
		chat.says("my mail is pieter@example.nl");
		assertThat(chat.last().text()).as("a second one does").contains("Which town or city");
		assertThat(candidate(chat).language()).isEqualTo("en");
		chat.says("ik woon in Breda, sorry ik schrijf liever Nederlands");
		assertThat(chat.last().text()).as("one long message switches").contains("Wat voor werk zoek je?");
		chat.says("delete");
		assertThat(chat.last().buttons()).containsExactly("Ja, verwijderen", "Nee, bewaren");
	}

	@Test
	void aKindOfWorkThatFitsOneVacancyIsAnsweredAboutButStillAskedEverythingThatMatchesOtherJobs() {
		Chat chat = chat("Bo");
		chat.says("hi");
		answerAll(chat, "Rotterdam", "warehouse", "2", "32", "yes");
		assertThat(chat.sent().stream().map(Chat.Sent::awaitingField)).contains("drivingLicense");
		chat.says("What are the hours?");
		assertThat(chat.last().text()).contains("Warehouse Worker", "32 to 40 hours").doesNotContain("Tilburg");
	}

	@Test
	void aCandidateNoVacancyFitsIsNotQualifiedAndToldSoPolitely() {
		Chat chat = chat("Ana");
		chat.says("hi");
		answerAll(chat, "Groningen", "warehouse", "4", "40", "yes");
		Candidate candidate = candidate(chat);
		assertThat(candidate.status()).isEqualTo(CandidateStatus.NOT_QUALIFIED);
		assertThat(candidate.matchedVacancyIds()).isEmpty();
		assertThat(chat.last().text()).contains("none of our open vacancies fits you", "recruiter");
	}

	@Test
	void declinedConsentEndsPolitelyAndKeepsNothingTheCandidateVolunteered() {
		Chat chat = chat("Kim");
		chat.says("Hi, my name is Kim Jansen");
		chat.says("no");
		Candidate candidate = candidate(chat);
		assertThat(candidate.profile()).isEqualTo(CandidateProfile.EMPTY);
		assertThat(candidate.consentAt()).isNull();
		assertThat(chat.last().text()).contains("haven't kept any of your details");
		assertThat(chat.last().awaitingField()).isNull();
		chat.says("Hi again");
		assertThat(chat.last().awaitingField()).isEqualTo("consent");
		chat.says("yes");
		assertThat(chat.last().awaitingField()).as("the declined name is gone").isEqualTo("name");
	}

	@Test
	void factsVolunteeredBeforeConsentWaitInTheConversationAndAreNeverAsked() {
		Chat chat = chat("Piotr");
		chat.says("Hello, my name is Piotr Nowak from Venlo");
		assertThat(candidate(chat).profile()).isEqualTo(CandidateProfile.EMPTY);
		chat.says("I live in Venlo, what about it");
		assertThat(candidate(chat).profile()).isEqualTo(CandidateProfile.EMPTY);
		assertThat(chat.last().awaitingField()).isEqualTo("consent");
		chat.says("yes");
		assertThat(candidate(chat).profile().name()).isEqualTo("Piotr Nowak");
		assertThat(candidate(chat).profile().city()).isEqualTo("Venlo");
		assertThat(chat.sent().stream().map(Chat.Sent::awaitingField)).doesNotContain("name", "city")
			.endsWith("email");
	}

	@Test
	void onlyAClearYesConsentsAnythingElseAsksTheConsentQuestionAgain() {
		Chat chat = chat("Nina");
		chat.says("hi");
		chat.says("what do you need my data for");
		assertThat(candidate(chat).consentAt()).isNull();
		assertThat(chat.last().awaitingField()).isEqualTo("consent");
		assertThat(chat.last().buttons()).containsExactly("Yes, that's fine", "No, thanks");
		chat.says("No, thanks");
		assertThat(candidate(chat).consentAt()).isNull();
		chat.says("hello");
		chat.says("Yes, that's fine");
		assertThat(candidate(chat).consentAt()).as("the consent button consents").isNotNull();
	}

	@Test
	void aYesThatGoesOnToAskAboutTheJobConsentsAndTheAnswerComesBeforeTheFirstQuestion() {
		// read as a question about the job with a yes to consent (which the offline reader's phrasings test decides)
		Chat chat = chat("Joris");
		chat.says("Hi, I saw the warehouse job in Rotterdam");
		chat.says("sure, but what does it pay?");
		assertThat(candidate(chat).consentAt()).isNotNull();
		assertThat(chat.sent().stream().map(Chat.Sent::text)).anySatisfy((text) -> assertThat(text).contains("2,450"));
		assertThat(chat.last().awaitingField()).isEqualTo("name");
	}

	@Test
	void aQuestionForARecruiterIsAcknowledgedKeptAfterConsentAndTheSameQuestionAskedAgain() throws Exception {
		Chat chat = chat("Emma");
		chat.says("hi, do you sponsor visas?");
		assertThat(chat.sent().get(0).text()).contains("pass it on to a recruiter");
		assertThat(chat.last().awaitingField()).isEqualTo("consent");
		chat.says("yes");
		chat.says("is there parking at the office?");
		assertThat(chat.last().text()).contains("pass it on to a recruiter", "full name");
		assertThat(chat.last().awaitingField()).isEqualTo("name");
		Candidate candidate = this.candidates.findById(candidate(chat).id()).orElseThrow();
		assertThat(candidate.openQuestions()).extracting(io.recruitbot.candidate.OpenQuestion::text)
			.containsExactly("hi, do you sponsor visas?", "is there parking at the office?");
		assertThat(candidate.profile()).isEqualTo(CandidateProfile.EMPTY);
		this.mvc.perform(get("/api/candidates/{id}", candidate.id()))
			.andExpect(jsonPath("$.openQuestions[1].text").value("is there parking at the office?"))
			.andExpect(jsonPath("$.openQuestions[1].at").exists())
			.andExpect(jsonPath("$.language").value("en"));
	}

	@Test
	void aCandidateWhoDeclinesAfterVolunteeringAQuestionLeavesNoQuestionBehind() {
		Chat chat = chat("Olga");
		chat.says("hi, do you sponsor visas?");
		chat.says("no");
		chat.says("hello");
		chat.says("yes");
		assertThat(this.candidates.findById(candidate(chat).id()).orElseThrow().openQuestions()).isEmpty();
	}

	@Test
	void aCorrectionReplacesTheOldValueAndTheCandidateIsMatchedAgain() {
		Chat chat = chat("Jan");
		chat.says("hi");
		answerAll(chat, "Rotterdam", "warehouse", "4", "40", "yes");
		chat.says("Sorry, I live in Utrecht now");
		Candidate candidate = candidate(chat);
		assertThat(candidate.profile().city()).isEqualTo("Utrecht");
		assertThat(candidate.status()).isEqualTo(CandidateStatus.NOT_QUALIFIED);
		assertThat(candidate.matchedVacancyIds()).isEmpty();
		assertThat(chat.last().text()).startsWith("Noted: Utrecht instead of Rotterdam.");
	}

	@Test
	void aCorrectionDuringScreeningIsConfirmedAndTheOpenQuestionAskedAgain() {
		Chat chat = chat("Jan");
		chat.says("hi");
		chat.says("yes");
		chat.says("Jan de Vries");
		chat.says("jan@example.com");
		chat.says("Rotterdam");
		chat.says("actually I live in Schiedam");
		assertThat(candidate(chat).profile().city()).isEqualTo("Schiedam");
		assertThat(chat.last().text()).startsWith("Noted: Schiedam instead of Rotterdam.");
		assertThat(chat.last().awaitingField()).isEqualTo("desiredRole");
	}

	@Test
	void aCorrectedEmailAddressIsConfirmedWithoutRepeatingTheMistypedOne() {
		Chat chat = chat("Jan");
		chat.says("hi");
		chat.says("yes");
		chat.says("Jan de Vries");
		chat.says("jan@exmaple.com");
		chat.says("actually it is jan@example.com");
		assertThat(candidate(chat).profile().email()).isEqualTo("jan@example.com");
		assertThat(chat.last().text()).startsWith("Noted: jan@example.com.").doesNotContain("exmaple");
		assertThat(chat.last().awaitingField()).isEqualTo("city");
	}

	@Test
	void aNamedVacancyThatNeedsNoLicenceSkipsTheLicenceQuestionAndAnswersAboutThatJob() {
		Chat chat = chat("Ali");
		chat.says("Is the Warehouse Worker job still open?");
		answerAll(chat, "Rotterdam", "warehouse", "2", "32", "no");
		assertThat(chat.sent().stream().map(Chat.Sent::awaitingField)).doesNotContain("drivingLicense", "desiredRole");
		assertThat(candidate(chat).status()).isEqualTo(CandidateStatus.QUALIFIED);
		chat.says("What does the job pay?");
		assertThat(chat.last().text()).contains("Warehouse Worker", "2,450", "2,800").doesNotContain("Tilburg");
	}

	@Test
	void aVacancyQuestionMidScreeningIsAnsweredAndThePendingQuestionAskedAgain() {
		Chat chat = chat("Sara");
		chat.says("hi");
		chat.says("yes");
		chat.says("Sara Janssen");
		int before = chat.sent().size();
		chat.says("What does the forklift driver job pay?");
		List<Chat.Sent> replies = chat.sent().subList(before, chat.sent().size());
		assertThat(replies).hasSize(2);
		assertThat(replies.get(0).text()).contains("Forklift Driver", "Tilburg");
		assertThat(replies.get(1).text()).startsWith("Now, back to your application.");
		assertThat(replies.get(1).awaitingField()).isEqualTo("email");
		chat.says("sara@example.org");
		assertThat(chat.last().awaitingField()).isEqualTo("city");
	}

	@Test
	void aFirstMessageThatAsksAboutAVacancyIsAnsweredBeforeTheIntroduction() {
		Chat chat = chat("Mo");
		chat.says("How much does the Forklift Driver job pay?");
		assertThat(chat.sent()).hasSize(2);
		assertThat(chat.sent().get(0).text()).contains("2,700", "3,100");
		assertThat(chat.sent().get(1).awaitingField()).isEqualTo("consent");
	}

	@Test
	void stopSilencesTheBotUntilStartResumesTheScreening() {
		Chat chat = chat("Lisa");
		chat.says("hi");
		chat.says("yes");
		chat.says("STOP");
		assertThat(candidate(chat).status()).isEqualTo(CandidateStatus.OPTED_OUT);
		assertThat(chat.last().text()).contains("won't get any more messages", "START");
		int sent = chat.sent().size();
		chat.says("Lisa Bakker");
		chat.says("STOP");
		chat.sends(InboundType.IMAGE, null);
		assertThat(chat.sent()).hasSize(sent);
		chat.says("START");
		assertThat(candidate(chat).status()).isEqualTo(CandidateStatus.SCREENING);
		assertThat(chat.last().text()).startsWith("Welcome back");
		assertThat(chat.last().awaitingField()).isEqualTo("name");
	}

	@Test
	void aCandidateWhoAsksForAPersonIsHandedOffAndTheBotStaysQuiet() {
		Chat chat = chat("Fatima");
		chat.says("Hello, I want to apply");
		chat.says("Can I talk to a real person please?");
		assertThat(candidate(chat).status()).isEqualTo(CandidateStatus.HANDED_OFF);
		assertThat(chat.last().text()).contains("recruiter");
		int sent = chat.sent().size();
		chat.says("hello?");
		chat.says("yes");
		assertThat(chat.sent()).hasSize(sent);
	}

	@Test
	void anErasureRequestIsConfirmedFirstAndAnythingButYesKeepsTheDataAndResumes() {
		Chat chat = chat("Kees");
		chat.says("hi");
		chat.says("yes");
		chat.says("Kees Bakker");
		chat.says("Please delete all my data");
		assertThat(chat.last().awaitingField()).isEqualTo("erasureConfirmation");
		assertThat(chat.last().buttons()).containsExactly("Yes, delete it", "No, keep it");
		assertThat(this.candidates.findByPhone(chat.phone())).isPresent();
		chat.says("hmm what do you mean");
		assertThat(this.candidates.findByPhone(chat.phone())).isPresent();
		assertThat(chat.last().text()).startsWith("Alright, I've kept your details.");
		assertThat(chat.last().awaitingField()).isEqualTo("email");
		assertThat(candidate(chat).profile().name()).isEqualTo("Kees Bakker");
	}

	@Test
	void aCandidateWhoAsksForErasureAndConfirmsIsErasedAndGetsOneConfirmation() {
		Chat chat = chat("Kees");
		chat.says("Hi, I applied last week");
		UUID id = candidate(chat).id();
		chat.says("Please delete all my data");
		chat.says("yes");
		assertThat(this.candidates.findByPhone(chat.phone())).isEmpty();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.sql("select count(*) from conversation_checkpoint where thread_id = ?")
				.param(id.toString())
				.query(Long.class)
				.single() == 0);
		assertThat(chat.sent()).filteredOn((sent) -> sent.text().contains("deleted all your data")).hasSize(1);
		assertThat(this.jdbc.sql("select candidate_id from outbox_message where recipient = ?")
			.param(chat.phone())
			.query(UUID.class)
			.list()).containsOnlyNulls();
	}

	@Test
	void unsupportedMessagesGetAPoliteReplyAndTheQuestionAgain() {
		Chat chat = chat("Jan");
		chat.says("hi");
		chat.says("yes");
		chat.sends(InboundType.UNSUPPORTED, null);
		assertThat(chat.last().text()).startsWith("Sorry, I can only read text messages here.")
			.contains("full name");
		assertThat(chat.last().awaitingField()).isEqualTo("name");
		chat.sends(InboundType.IMAGE, null);
		assertThat(chat.last().awaitingField()).isEqualTo("name");
	}

	@Test
	void theSameMessageDeliveredTwiceIsHandledOnce() {
		Chat chat = chat("Jan");
		chat.says("hi");
		InboundMessage consent = chat.says("yes");
		int sent = chat.sent().size();
		chat.delivers(consent);
		assertThat(chat.sent()).hasSize(sent);
		assertThat(this.candidates.consents(candidate(chat).id())).hasSize(1);
	}

	@Test
	void aCrashWhileWritingRepliesIsResumedAtThatStepAndSendsEverythingOnce() {
		Chat chat = chat("Jan");
		chat.says("hi");
		AtomicBoolean crashed = new AtomicBoolean();
		doAnswer((call) -> {
			if (crashed.compareAndSet(false, true)) {
				throw new IllegalStateException("database went away");
			}
			return call.callRealMethod();
		}).when(this.outbox).enqueue(any(OutboundMessage.class));
		InboundMessage consent = new InboundMessage("wamid.crash-" + UUID.randomUUID(), chat.phone(), "Jan",
				java.time.Instant.now(), InboundType.TEXT, "yes", null, null, null);
		assertThatThrownBy(() -> chat.delivers(consent)).hasStackTraceContaining("database went away");
		assertThat(candidate(chat).consentAt()).isNull();
		chat.delivers(consent);
		chat.delivers(consent);
		assertThat(chat.sent()).hasSize(2);
		assertThat(chat.last().awaitingField()).isEqualTo("name");
		assertThat(candidate(chat).consentAt()).isNotNull();
		assertThat(this.candidates.consents(candidate(chat).id())).hasSize(1);
	}

	@Test
	void theConversationStateIsShownForSupportAndUnknownPhonesAre404() throws Exception {
		Chat chat = chat("Jan");
		chat.says("hi");
		this.mvc.perform(get("/api/conversations/{phone}/state", chat.phone()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state.awaitingField").value("consent"))
			.andExpect(jsonPath("$.state.status").value("NEW"))
			.andExpect(jsonPath("$.next").value("__END__"));
		this.mvc.perform(get("/api/conversations/{phone}/state", "31999999999"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").exists());
	}

}
