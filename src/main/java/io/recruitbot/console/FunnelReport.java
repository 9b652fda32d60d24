package io.recruitbot.console;

import java.util.List;
import java.util.Map;

/**
 * The funnel of the last {@code days} days (candidates who first wrote in them): how many stand at each status per
 * vacancy, where unfinished conversations stopped, and the median minutes to qualify and to a recruiter's first reply
 * (null when nothing was measured).
 */
record FunnelReport(int days, long candidates, List<VacancyRow> vacancies, Map<String, Long> dropOff,
		Double medianMinutesToQualify, Integer qualifiedMeasured, Double medianMinutesToFirstReply,
		Integer repliesMeasured) {

	/** One vacancy's (or, with a null id, no vacancy's) candidates per status. */
	record VacancyRow(String vacancyId, String title, Map<String, Long> statuses) {
	}

}
