package io.recruitbot.recruiter;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /setup?token=...}: the newcomer of an installation without administrator chooses the first administrator's
 * e-mail address and password. The link works once, and only while no administrator exists.
 */
@Controller
class SetupPage {

	private final SetupLink link;

	private final Recruiters recruiters;

	private final PasswordEncoder passwords;

	private final Pages pages;

	SetupPage(SetupLink link, Recruiters recruiters, PasswordEncoder passwords, Pages pages) {
		this.link = link;
		this.recruiters = recruiters;
		this.passwords = passwords;
		this.pages = pages;
	}

	@GetMapping("/setup")
	ResponseEntity<String> form(@RequestParam(required = false) String token, HttpServletRequest request) {
		if (!usable(token)) {
			return this.pages.render("setup-used", request, HttpStatus.NOT_FOUND.value(), Map.of());
		}
		return form(request, token, "", "", null, HttpStatus.OK);
	}

	@PostMapping("/setup")
	ResponseEntity<String> create(@RequestParam(required = false) String token,
			@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String displayName,
			@RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String repeat,
			HttpServletRequest request) {
		if (!usable(token)) {
			return this.pages.render("setup-used", request, HttpStatus.NOT_FOUND.value(), Map.of());
		}
		String problem = !EmailAddress.isValid(email) ? "setup.email-invalid"
				: displayName.isBlank() || displayName.length() > 200 || displayName.indexOf(0) >= 0 ? "setup.name-missing"
				: password.length() < AccessSettings.MINIMUM_PASSWORD_LENGTH ? "setup.password-short"
				: !password.equals(repeat) ? "setup.password-mismatch" : null;
		if (problem != null) {
			return form(request, token, email, displayName, problem, HttpStatus.BAD_REQUEST);
		}
		if (!this.link.useUp(token)
				|| this.recruiters.createFirstAdministrator(email, displayName, this.passwords.encode(password)).isEmpty()) {
			return this.pages.render("setup-used", request, HttpStatus.NOT_FOUND.value(), Map.of());
		}
		return ResponseEntity.status(HttpStatus.SEE_OTHER).header("Location", "/login?created").build();
	}

	private boolean usable(String token) {
		if (this.link.isValid(token) && this.recruiters.hasAdministrator()) {
			// an administrator came another way (the API token, another instance): the link has done its work
			this.link.withdraw();
		}
		return this.link.isValid(token);
	}

	private ResponseEntity<String> form(HttpServletRequest request, String token, String email, String displayName,
			String problem, HttpStatus status) {
		Map<String, String> values = new HashMap<>();
		values.put("token", token);
		values.put("email", email);
		values.put("displayName", displayName);
		values.put("noticeVisibility", (problem != null) ? "" : "hidden");
		values.put("noticeText", (problem != null) ? problem : "");
		return this.pages.render("setup", request, status.value(), values);
	}

}
