package io.recruitbot.candidate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.zaxxer.hikari.HikariDataSource;
import io.recruitbot.system.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The candidate and vacancy storage, run once on the real PostgreSQL and once on H2 in PostgreSQL mode. */
@ParameterizedClass
@EnumSource(TestDatabases.class)
class CandidateStorageIntegrationTests {

	@Parameter
	TestDatabases database;

	private final Clock clock = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);

	private HikariDataSource dataSource;

	private JdbcClient jdbc;

	private CandidateRepository candidates;

	private VacancyRepository vacancies;

	private Transcript records;

	private Candidates lifecycle;

	private final List<Object> events = new ArrayList<>();

	@BeforeEach
	void connect() {
		this.dataSource = this.database.shared();
		this.jdbc = JdbcClient.create(this.dataSource);
		this.candidates = new CandidateRepository(this.jdbc, this.clock);
		this.vacancies = new VacancyRepository(this.jdbc, this.clock);
		this.records = new Transcript(this.jdbc, this.events::add);
		this.lifecycle = new Candidates(this.jdbc, this.candidates, this.events::add, this.clock);
	}

	@Test
	void firstMessageOfAPhoneCreatesANewCandidate() {
		String phone = uniquePhone();

		Candidate candidate = this.candidates.findOrCreate("+" + phone, "Jan");

		assertThat(candidate.phone()).isEqualTo(phone);
		assertThat(candidate.profileName()).isEqualTo("Jan");
		assertThat(candidate.status()).isEqualTo(CandidateStatus.NEW);
		assertThat(candidate.createdAt()).isEqualTo(this.clock.instant());
		assertThat(this.candidates.findByPhone(phone)).contains(candidate);
	}

	@Test
	void concurrentFirstMessagesOfOnePhoneYieldOneCandidate() throws Exception {
		String phone = uniquePhone();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Callable<UUID>> calls = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				calls.add(() -> this.candidates.findOrCreate(phone, "Sara").id());
			}
			List<UUID> ids = new ArrayList<>();
			for (Future<UUID> id : pool.invokeAll(calls)) {
				ids.add(id.get());
			}
			assertThat(ids).containsOnly(ids.get(0));
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void profileUpdatesAreStoredWithListsAndTimes() {
		Candidate created = this.candidates.findOrCreate(uniquePhone(), "Piotr");
		Candidate screened = new Candidate(created.id(), created.phone(), created.profileName(),
				new CandidateProfile("Piotr Nowak", "piotr@example.com", "Venlo", "truck driver", 8.0, "next week", 40,
						true, true, List.of("Polish", "English"), "3200 a month"),
				Instant.parse("2026-11-28T09:00:00Z"), CandidateStatus.QUALIFIED, List.of("truck-driver-venlo"),
				created.createdAt(), created.updatedAt(), null, List.of(), null);

		this.lifecycle.startScreening(created.id(), screened.consentAt(), "screening", "wamid.1");
		this.lifecycle.recordAnswers(created.id(), screened.profile());
		this.lifecycle.qualify(created.id(), screened.matchedVacancyIds());
		Candidate stored = this.candidates.findById(created.id()).orElseThrow();

		assertThat(stored).usingRecursiveComparison().ignoringFields("updatedAt").isEqualTo(screened);
	}

	@Test
	void candidatesAreFoundByStatusAndPhoneAPageAtATime() {
		String phone = uniquePhone();
		Candidate candidate = this.candidates.findOrCreate(phone, null);
		this.lifecycle.handOff(candidate.id(), "test");

		CandidatePage byPhone = this.candidates.search(new CandidateQuery(phone, null, null, null, false, 0, 10));
		CandidatePage byStatus = this.candidates.search(new CandidateQuery(null, Set.of(CandidateStatus.HANDED_OFF), null, null, false, 0, 1));

		assertThat(byPhone.total()).isEqualTo(1);
		assertThat(byPhone.items()).extracting((c) -> c.candidate().id()).containsExactly(candidate.id());
		assertThat(byStatus.total()).isGreaterThanOrEqualTo(1);
		assertThat(byStatus.items()).hasSize(1).allMatch((c) -> c.candidate().status() == CandidateStatus.HANDED_OFF);
	}

	@Test
	void consentIsRecordedWhenScreeningStarts() {
		Candidate candidate = this.candidates.findOrCreate(uniquePhone(), null);

		this.lifecycle.startScreening(candidate.id(), this.clock.instant(), "screening", "wamid.1");

		assertThat(this.candidates.consents(candidate.id())).extracting(ConsentRecord::granted).containsExactly(true);
	}

	@Test
	void erasureRemovesEverythingAndKeepsOnlyAnAnonymousRecord() {
		Candidate candidate = this.candidates.findOrCreate(uniquePhone(), "Lisa");
		this.lifecycle.startScreening(candidate.id(), this.clock.instant(), "screening", null);
		this.jdbc.sql("insert into message (id, candidate_id, direction, type, text, at) values (?, ?, 'inbound', 'text', 'hi', ?)")
			.params(UUID.randomUUID(), candidate.id(), Instant.now().atOffset(ZoneOffset.UTC))
			.update();
		List<Object> published = new ArrayList<>();
		CandidateErasure erasure = new CandidateErasure(this.jdbc, this.candidates, published::add,
				new ErasedPhones(this.jdbc, this.clock), this.clock);
		long erasuresBefore = this.jdbc.sql("select count(*) from erasure_record").query(Long.class).single();

		new TransactionTemplate(new DataSourceTransactionManager(this.dataSource))
			.executeWithoutResult((tx) -> erasure.erase(candidate.id(), ErasureReason.CANDIDATE_REQUEST, "whatsapp"));

		assertThat(this.candidates.findById(candidate.id())).isEmpty();
		assertThat(this.records.of(candidate.id())).isEmpty();
		assertThat(this.candidates.consents(candidate.id())).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from erasure_record").query(Long.class).single())
			.isEqualTo(erasuresBefore + 1);
		assertThat(published).containsExactly(new CandidateErased(candidate.id(), candidate.phone(),
				ErasureReason.CANDIDATE_REQUEST));
	}

	@Test
	void erasureRecordKeepsAKeyedHashOfTheNumberThatFencesOffOlderMessagesOnly() {
		Candidate candidate = this.candidates.findOrCreate(uniquePhone(), "Lisa");
		ErasedPhones erasedPhones = new ErasedPhones(this.jdbc, this.clock);
		Instant erasedAt = this.clock.instant();
		new CandidateErasure(this.jdbc, this.candidates, (event) -> {
		}, erasedPhones, this.clock).erase(candidate.id(), ErasureReason.ADMIN_REQUEST, "admin-api");

		String stored = this.jdbc.sql("select phone_hash from erasure_record where phone_hash = ?")
			.param(erasedPhones.hash(candidate.phone()))
			.query(String.class)
			.single();
		assertThat(stored).hasSize(64).doesNotContain(candidate.phone());
		assertThat(erasedPhones.hash("+" + candidate.phone())).as("the number as people type it").isEqualTo(stored);
		assertThat(erasedPhones.erasedAfter(candidate.phone(), erasedAt.minusSeconds(5), erasedAt.minusSeconds(6)))
			.as("received before the erasure")
			.isTrue();
		assertThat(erasedPhones.erasedAfter(candidate.phone(), erasedAt, erasedAt)).as("received as it ran").isTrue();
		assertThat(erasedPhones.erasedAfter(candidate.phone(), erasedAt.plusMillis(1), erasedAt.plusMillis(1)))
			.as("written after the erasure")
			.isFalse();
		assertThat(erasedPhones.erasedAfter(candidate.phone(), erasedAt.plusSeconds(60), erasedAt.minus(Duration.ofDays(2))))
			.as("sent before the erasure, redelivered by the provider after it")
			.isTrue();
		assertThat(erasedPhones.erasedAfter(uniquePhone(), erasedAt.minusSeconds(5), erasedAt.minusSeconds(5)))
			.as("another number")
			.isFalse();
	}

	@Test
	void keyedHashesOfErasedNumbersAreForgottenAfterThirtyDays() {
		Candidate candidate = this.candidates.findOrCreate(uniquePhone(), "Lisa");
		new CandidateErasure(this.jdbc, this.candidates, (event) -> {
		}, new ErasedPhones(this.jdbc, this.clock), this.clock).erase(candidate.id(), ErasureReason.ADMIN_REQUEST,
				"admin-api");
		Clock later = Clock.offset(this.clock, ErasedPhones.KEPT.plusMinutes(1));
		ErasedPhones afterThirtyDays = new ErasedPhones(this.jdbc, later);

		assertThat(afterThirtyDays.forgetOldHashes()).isPositive();

		assertThat(afterThirtyDays.erasedAfter(candidate.phone(), this.clock.instant().minusSeconds(5), null)).isFalse();
		assertThat(this.jdbc.sql("select count(*) from erasure_record where phone_hash is not null and erased_at <= ?")
			.param(this.clock.instant().atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void vacancyUpsertInsertsThenUpdatesInPlace() {
		String id = "barista-" + UUID.randomUUID().toString().substring(0, 8);
		Vacancy first = new Vacancy(id, "Barista", "Utrecht", 16, 32, 2100, 2400, null, null, null, null, "Coffee.",
				null, null);

		Vacancy inserted = this.vacancies.upsert(first);
		Vacancy updated = this.vacancies.upsert(new Vacancy(id, "Head Barista", "Utrecht", 32, 40, 2500, 2900, "EUR",
				"month", false, 2, "More coffee.", false, null));

		assertThat(inserted.active()).isTrue();
		assertThat(inserted.salaryCurrency()).isEqualTo("EUR");
		assertThat(inserted.requiresDrivingLicense()).isFalse();
		assertThat(updated.title()).isEqualTo("Head Barista");
		assertThat(updated.active()).isFalse();
		assertThat(this.vacancies.findActive()).extracting(Vacancy::id).doesNotContain(id);
		assertThat(this.vacancies.delete(id)).isTrue();
		assertThat(this.vacancies.findById(id)).isEmpty();
	}

	@Test
	void theInboxFindsByNameEmailCityOrPhoneInAnyCase() {
		String town = "Zandam" + UUID.randomUUID().toString().substring(0, 8);
		String annasEmail = "anna.jansen@" + town.toLowerCase() + ".example";
		UUID anna = living("Anna Jansen", annasEmail, town);
		UUID bert = living("Bert de Wit", "bert@example.com", town);
		String bertsPhone = this.candidates.findById(bert).orElseThrow().phone();

		assertThat(ids(inbox(town.toUpperCase()))).containsExactlyInAnyOrder(anna, bert);
		assertThat(ids(inbox("JANSEN"))).contains(anna).doesNotContain(bert);
		assertThat(ids(inbox(annasEmail.toUpperCase()))).containsExactly(anna);
		assertThat(ids(inbox(bertsPhone.substring(1)))).containsExactly(bert);
		// the recruiter's text is a literal: a wildcard in it matches only itself
		assertThat(inbox(town.substring(0, 3) + "%" + town.substring(4)).total()).isZero();
	}

	@Test
	void theInboxListsTheNewestActivityFirstAPageAtATime() {
		String town = "Zwolle" + UUID.randomUUID().toString().substring(0, 8);
		UUID quiet = living("Quiet", null, town);
		UUID busy = living("Busy", null, town);
		UUID silent = living("Silent", null, town);
		Instant earlier = this.clock.instant().minusSeconds(3600);
		this.records.recordInbound(quiet, new ReceivedMessage("wamid." + UUID.randomUUID(), "text", "hi", null, null,
				null, earlier));
		this.records.recordInbound(busy, new ReceivedMessage("wamid." + UUID.randomUUID(), "text", "hi", null, null,
				null, earlier.plusSeconds(60)));
		this.records.recordOutbound(UUID.randomUUID(), quiet, "text", "Hello", earlier.plusSeconds(120));

		CandidatePage page = inbox(town);
		assertThat(ids(page)).containsExactly(quiet, busy, silent);
		assertThat(page.items().get(0).lastMessageAt()).isEqualTo(earlier.plusSeconds(120));
		assertThat(page.items().get(2).lastMessageAt()).isNull();
		CandidatePage second = this.candidates.search(new CandidateQuery(null, null, town, null, false, 1, 2));
		assertThat(second.total()).isEqualTo(3);
		assertThat(ids(second)).containsExactly(silent);
	}

	@Test
	void aHandedOffCandidateWhoseMessageNoPersonAnsweredNeedsAttentionUntilARecruiterReplies() {
		String town = "Zeist" + UUID.randomUUID().toString().substring(0, 8);
		UUID waiting = living("Waiting", null, town);
		UUID answeredByTheBot = living("Answered", null, town);
		Instant asked = this.clock.instant().minusSeconds(600);
		// the candidate asks for a person: the bot hands off and says a recruiter will answer, which answers nothing
		this.records.recordInbound(waiting, new ReceivedMessage("wamid." + UUID.randomUUID(), "text", "A person please",
				null, null, null, asked));
		this.lifecycle.handOff(waiting, "candidate");
		this.records.recordOutbound(UUID.randomUUID(), waiting, "text", "A recruiter will answer", asked.plusSeconds(1));
		// the bot answered this one before a recruiter took it over: nobody waits
		this.records.recordInbound(answeredByTheBot, new ReceivedMessage("wamid." + UUID.randomUUID(), "text", "hi",
				null, null, null, asked));
		this.records.recordOutbound(UUID.randomUUID(), answeredByTheBot, "text", "Hello", asked.plusSeconds(1));
		this.lifecycle.handOff(answeredByTheBot, "anna@example.com");

		CandidatePage attention = this.candidates.search(new CandidateQuery(null, null, town, null, true, 0, 10));
		assertThat(ids(attention)).containsExactly(waiting);
		assertThat(attention.items().get(0).waitingSince()).isEqualTo(asked);

		this.records.recordOutbound(UUID.randomUUID(), waiting, "text", "Hi, Anna here", asked.plusSeconds(90),
				"anna@example.com");
		assertThat(this.candidates.search(new CandidateQuery(null, null, town, null, true, 0, 10)).total()).isZero();
		assertThat(this.candidates.findInInbox(waiting).orElseThrow().waitingSince()).isNull();
	}

	@Test
	void aRecruitersReplySentWithinSecondsOfTheBotsGoodbyeIsTheFirstReplyAfterAHandOff() {
		UUID handedOff = living("Handed", null, "Zutphen" + UUID.randomUUID().toString().substring(0, 8));
		Instant handOffAt = this.clock.instant().minusSeconds(600);
		this.records.recordOutbound(UUID.randomUUID(), handedOff, "text", "A colleague will contact you", handOffAt);
		assertThat(this.records.firstRecruiterMessageFrom(handedOff, handOffAt)).isEmpty();

		this.records.recordOutbound(UUID.randomUUID(), handedOff, "text", "Hi, Anna here", handOffAt.plusSeconds(1),
				"anna@example.com");
		this.records.recordOutbound(UUID.randomUUID(), handedOff, "text", "Still there?", handOffAt.plusSeconds(60),
				"anna@example.com");
		assertThat(this.records.firstRecruiterMessageFrom(handedOff, handOffAt)).contains(handOffAt.plusSeconds(1));
	}

	@Test
	void theInboxFiltersBySeveralStatusesAndByVacancy() {
		String town = "Zierikzee" + UUID.randomUUID().toString().substring(0, 8);
		String vacancy = "zz-" + UUID.randomUUID().toString().substring(0, 8);
		UUID qualified = living("Qualified", null, town);
		UUID shortlisted = living("Shortlisted", null, town);
		living("Screening", null, town);
		this.lifecycle.qualify(qualified, List.of("other-vacancy", vacancy));
		this.lifecycle.qualify(shortlisted, List.of(vacancy + "-not-this-one"));
		this.lifecycle.shortlist(shortlisted, "anna@example.com");

		assertThat(ids(this.candidates.search(new CandidateQuery(null,
				Set.of(CandidateStatus.QUALIFIED, CandidateStatus.SHORTLISTED), town, null, false, 0, 10))))
			.containsExactlyInAnyOrder(qualified, shortlisted);
		assertThat(ids(this.candidates.search(new CandidateQuery(null, null, null, vacancy, false, 0, 10))))
			.containsExactly(qualified);
	}

	private UUID living(String name, String email, String city) {
		UUID id = this.candidates.findOrCreate(uniquePhone(), name).id();
		this.lifecycle.startScreening(id, this.clock.instant(), "recruitment screening", "wamid." + UUID.randomUUID());
		this.lifecycle.recordAnswers(id, new CandidateProfile(name, email, city, null, null, null, null, null, null,
				null, null));
		return id;
	}

	private CandidatePage inbox(String text) {
		return this.candidates.search(new CandidateQuery(null, null, text, null, false, 0, 50));
	}

	private static List<UUID> ids(CandidatePage page) {
		return page.items().stream().map((item) -> item.candidate().id()).toList();
	}

	private static String uniquePhone() {
		return "3169" + (long) (Math.random() * 1_000_000_000L);
	}

}
