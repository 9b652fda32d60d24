package io.recruitbot.console;

import io.recruitbot.system.BadRequestException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/funnel?days=} as JSON for the dashboard, and {@code /api/funnel.csv} for a spreadsheet. */
@RestController
class FunnelController {

	static final int MAX_DAYS = 365;

	private final Funnel funnel;

	FunnelController(Funnel funnel) {
		this.funnel = funnel;
	}

	@GetMapping("/api/funnel")
	FunnelReport funnel(@RequestParam(defaultValue = "7") String days) {
		return this.funnel.lastDays(parseDays(days));
	}

	@GetMapping(path = "/api/funnel.csv", produces = "text/csv")
	ResponseEntity<String> csv(@RequestParam(defaultValue = "7") String days) {
		int parsed = parseDays(days);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"funnel-" + parsed + "-days.csv\"")
			.body(FunnelCsv.of(this.funnel.lastDays(parsed)));
	}

	private static int parseDays(String days) {
		try {
			int parsed = Integer.parseInt(days.trim());
			if (parsed >= 1 && parsed <= MAX_DAYS) {
				return parsed;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		throw new BadRequestException("validation_failed", "days must be a whole number from 1 to " + MAX_DAYS + ".");
	}

}
