package io.recruitbot.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.recruitbot.candidate.CandidateRepository;
import io.recruitbot.candidate.CandidateStanding;
import io.recruitbot.candidate.CandidateStatus;
import io.recruitbot.candidate.Transcript;
import io.recruitbot.candidate.Vacancy;
import io.recruitbot.candidate.VacancyRepository;
import io.recruitbot.whatsapp.QuestionsAsked;

import org.springframework.stereotype.Service;

/**
 * Computes the funnel of the last days from where candidates stand (candidate module), the last question the bot
 * asked them (whatsapp module), when they reached each status ({@link StatusSteps}) and when the transcript shows a
 * person's first message after a hand-off (a message with an author; the bot's have none).
 */
@Service
class Funnel {

	/** At most this many hand-offs are looked up for the reply time, the latest ones: one transcript read each. */
	static final int MAX_HANDOFFS_MEASURED = 500;

	private static final List<CandidateStatus> UNFINISHED = List.of(CandidateStatus.NEW, CandidateStatus.SCREENING);

	private final CandidateRepository candidates;

	private final VacancyRepository vacancies;

	private final QuestionsAsked questions;

	private final StatusSteps steps;

	private final Transcript transcript;

	private final Clock clock;

	Funnel(CandidateRepository candidates, VacancyRepository vacancies, QuestionsAsked questions, StatusSteps steps,
			Transcript transcript, Clock clock) {
		this.candidates = candidates;
		this.vacancies = vacancies;
		this.questions = questions;
		this.steps = steps;
		this.transcript = transcript;
		this.clock = clock;
	}

	FunnelReport lastDays(int days) {
		Instant since = this.clock.instant().minus(Duration.ofDays(days));
		List<CandidateStanding> standings = this.candidates.standingsSince(since);
		Map<UUID, CandidateStanding> byId = standings.stream()
			.collect(Collectors.toMap(CandidateStanding::id, Function.identity()));
		List<Double> toQualify = minutesToQualify(since, byId);
		List<Double> toReply = minutesToFirstReply(since);
		return new FunnelReport(days, standings.size(), perVacancy(standings), dropOff(since, standings),
				median(toQualify), toQualify.size(), median(toReply), toReply.size());
	}

	private List<FunnelReport.VacancyRow> perVacancy(List<CandidateStanding> standings) {
		Map<String, String> titles = this.vacancies.findAll()
			.stream()
			.collect(Collectors.toMap(Vacancy::id, Vacancy::title, (a, b) -> a, LinkedHashMap::new));
		Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
		for (CandidateStanding standing : standings) {
			List<String> keys = standing.matchedVacancyIds().isEmpty() ? Collections.singletonList(null)
					: standing.matchedVacancyIds();
			for (String vacancyId : keys) {
				counts.computeIfAbsent(vacancyId, (id) -> zeroPerStatus())
					.merge(standing.status().name(), 1L, Long::sum);
			}
		}
		List<FunnelReport.VacancyRow> rows = new ArrayList<>();
		counts.forEach((id, statuses) -> rows.add(new FunnelReport.VacancyRow(id, (id != null) ? titles.get(id) : null,
				statuses)));
		rows.sort((a, b) -> (a.vacancyId() == null) ? 1 : (b.vacancyId() == null) ? -1
				: a.vacancyId().compareTo(b.vacancyId()));
		return rows;
	}

	private Map<String, Long> dropOff(Instant since, List<CandidateStanding> standings) {
		Map<UUID, String> lastAsked = this.questions.lastAskedSince(since);
		return standings.stream()
			.filter((standing) -> UNFINISHED.contains(standing.status()))
			.map((standing) -> lastAsked.get(standing.id()))
			.filter((field) -> field != null)
			.collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
	}

	private List<Double> minutesToQualify(Instant since, Map<UUID, CandidateStanding> byId) {
		Map<UUID, Instant> firstQualified = new LinkedHashMap<>();
		for (StatusSteps.Step step : this.steps.reached(CandidateStatus.QUALIFIED.name(), since)) {
			firstQualified.putIfAbsent(step.candidateId(), step.at());
		}
		List<Double> minutes = new ArrayList<>();
		firstQualified.forEach((id, at) -> Optional.ofNullable(byId.get(id))
			.ifPresent((standing) -> minutes.add(minutesBetween(standing.createdAt(), at))));
		return minutes;
	}

	private List<Double> minutesToFirstReply(Instant since) {
		List<StatusSteps.Step> handOffs = this.steps.reached(CandidateStatus.HANDED_OFF.name(), since);
		List<StatusSteps.Step> latest = handOffs.subList(Math.max(0, handOffs.size() - MAX_HANDOFFS_MEASURED),
				handOffs.size());
		List<Double> minutes = new ArrayList<>();
		for (StatusSteps.Step handOff : latest) {
			this.transcript.firstRecruiterMessageFrom(handOff.candidateId(), handOff.at())
				.ifPresent((reply) -> minutes.add(minutesBetween(handOff.at(), reply)));
		}
		return minutes;
	}

	private static Map<String, Long> zeroPerStatus() {
		Map<String, Long> statuses = new LinkedHashMap<>();
		for (CandidateStatus status : CandidateStatus.values()) {
			statuses.put(status.name(), 0L);
		}
		return statuses;
	}

	private static double minutesBetween(Instant from, Instant to) {
		return Duration.between(from, to).toMillis() / 60_000.0;
	}

	static Double median(List<Double> values) {
		if (values.isEmpty()) {
			return null;
		}
		List<Double> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		double median = (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
		return Math.round(median * 10) / 10.0;
	}

}
