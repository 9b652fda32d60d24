package io.recruitbot.recruiter;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code GET /login}: the sign-in form (Spring Security handles its {@code POST}). The outcome of the last attempt
 * arrives as a query parameter from the security configuration ({@code ?error}, {@code ?locked}, ...).
 */
@Controller
class LoginPage {

	// the outcomes the security configuration redirects with, each with its text; the first present wins
	private static final List<String> OUTCOMES = List.of("locked", "disabled", "unknown", "error", "expired", "logout",
			"created");

	private final Pages pages;

	private final AccessSettings settings;

	LoginPage(Pages pages, AccessSettings settings) {
		this.pages = pages;
		this.settings = settings;
	}

	@GetMapping("/login")
	ResponseEntity<String> login(HttpServletRequest request) {
		Map<String, String> values = new HashMap<>();
		String outcome = OUTCOMES.stream().filter((name) -> request.getParameter(name) != null).findFirst().orElse(null);
		values.put("noticeVisibility", (outcome != null) ? "" : "hidden");
		values.put("noticeKind", "logout".equals(outcome) || "created".equals(outcome) ? "" : "error");
		values.put("noticeText", (outcome != null) ? "login." + outcome : "");
		values.put("ssoVisibility", this.settings.singleSignOn() ? "" : "hidden");
		return this.pages.render("login", request, 200, values);
	}

}
