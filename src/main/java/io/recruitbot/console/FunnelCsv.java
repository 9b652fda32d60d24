package io.recruitbot.console;

import java.util.Map;

/**
 * The funnel as CSV, one figure a line ({@code section,vacancy,item,value}), so a spreadsheet can pivot it. Texts are
 * quoted, with quotes doubled, and a leading {@code = + - @} is defused so no cell runs as a formula.
 */
final class FunnelCsv {

	private FunnelCsv() {
	}

	static String of(FunnelReport report) {
		StringBuilder csv = new StringBuilder("section,vacancy,item,value\n");
		line(csv, "period", "", "days", report.days());
		line(csv, "period", "", "candidates", report.candidates());
		for (FunnelReport.VacancyRow row : report.vacancies()) {
			String vacancy = (row.vacancyId() != null) ? row.vacancyId() : "";
			for (Map.Entry<String, Long> status : row.statuses().entrySet()) {
				line(csv, "status", vacancy, status.getKey(), status.getValue());
			}
		}
		report.dropOff().forEach((field, count) -> line(csv, "drop-off", "", field, count));
		line(csv, "median-minutes", "", "to-qualify", report.medianMinutesToQualify());
		line(csv, "median-minutes", "", "to-first-reply", report.medianMinutesToFirstReply());
		return csv.toString();
	}

	private static void line(StringBuilder csv, String section, String vacancy, String item, Object value) {
		csv.append(section).append(',').append(cell(vacancy)).append(',').append(cell(item)).append(',')
			.append((value != null) ? value : "").append('\n');
	}

	static String cell(String text) {
		String safe = (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) ? "'" + text : text;
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}

}
