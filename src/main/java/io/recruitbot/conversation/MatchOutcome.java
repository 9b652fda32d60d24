package io.recruitbot.conversation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.recruitbot.candidate.DecisionReason;
import io.recruitbot.candidate.DecisionRule;
import io.recruitbot.candidate.Vacancy;

/**
 * A candidate matched against the open vacancies: which fit, and why each one does or does not. Reasons that concern
 * no single vacancy (no open vacancies, screening ended early) stand beside the assessments.
 */
record MatchOutcome(List<VacancyAssessment> assessments, List<DecisionReason> general) {

	MatchOutcome {
		assessments = List.copyOf(assessments);
		general = List.copyOf(general);
	}

	List<Vacancy> fits() {
		return this.general.isEmpty() ? this.assessments.stream().filter(VacancyAssessment::fits)
			.map(VacancyAssessment::vacancy)
			.toList() : List.of();
	}

	boolean qualified() {
		return !fits().isEmpty();
	}

	/** Open vacancies the candidate fits in everything but the role they asked for. */
	List<VacancyAssessment> otherRoles() {
		return this.assessments.stream().filter(VacancyAssessment::fitsButRole).toList();
	}

	/** Every reason, for the candidate's record: the general ones first, then vacancy by vacancy. */
	List<DecisionReason> reasons() {
		List<DecisionReason> reasons = new ArrayList<>(this.general);
		this.assessments.forEach((assessment) -> reasons.addAll(assessment.reasons()));
		return reasons;
	}

	/**
	 * What kept the candidate from the vacancies they came closest to (fewest rules unmet, nearest first), one
	 * vacancy per rule: what the candidate is told, instead of every rule of every vacancy.
	 */
	Map<DecisionRule, VacancyAssessment> nearestMisses() {
		List<VacancyAssessment> missed = this.assessments.stream().filter((assessment) -> !assessment.fits()).toList();
		int fewest = missed.stream().mapToInt((assessment) -> assessment.unmet().size()).min().orElse(0);
		Map<DecisionRule, VacancyAssessment> misses = new EnumMap<>(DecisionRule.class);
		missed.stream()
			.filter((assessment) -> assessment.unmet().size() == fewest)
			.sorted(Comparator.comparing(VacancyAssessment::kilometres, Comparator.nullsLast(Comparator.naturalOrder())))
			.forEach((assessment) -> assessment.unmet().forEach((reason) -> misses.putIfAbsent(reason.rule(), assessment)));
		return misses;
	}

	boolean rules(DecisionRule rule) {
		return this.general.stream().anyMatch((reason) -> reason.rule() == rule);
	}

}
