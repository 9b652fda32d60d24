package io.recruitbot.conversation;

import java.util.List;

import io.recruitbot.candidate.DecisionReason;
import io.recruitbot.candidate.DecisionRule;
import io.recruitbot.candidate.Vacancy;

/**
 * How a candidate's answers compare with one vacancy: the rules it does not meet, each with the values compared, and
 * how far the candidate lives from it ({@code null} when a place is unknown to the gazetteer).
 */
record VacancyAssessment(Vacancy vacancy, List<DecisionReason> unmet, Long kilometres) {

	VacancyAssessment {
		unmet = List.copyOf(unmet);
	}

	boolean fits() {
		return this.unmet.isEmpty();
	}

	/** Everything fits but the role: an open vacancy worth mentioning to a candidate who fits nothing else. */
	boolean fitsButRole() {
		return this.unmet.size() == 1 && this.unmet.get(0).rule() == DecisionRule.ROLE;
	}

	/** The reasons for the record: what is unmet, or that it fits and how far away it is. */
	List<DecisionReason> reasons() {
		if (!fits()) {
			return this.unmet;
		}
		String distance = (this.kilometres != null) ? ", " + this.kilometres + " km" : ", same place";
		return List.of(new DecisionReason(this.vacancy.id(), DecisionRule.FITS,
				"fits: " + this.vacancy.title() + distance));
	}

}
