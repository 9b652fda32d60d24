package io.recruitbot.recruiter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Makes sure someone can sign in: on an empty recruiter table the administrator of {@code RECRUITBOT_ADMIN_EMAIL}
 * and {@code RECRUITBOT_ADMIN_PASSWORD} is created; with those unset, and no administrator yet, a one-time set-up link
 * is printed in the log instead.
 */
@Component
class FirstAdministrator {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final Recruiters recruiters;

	private final AccessSettings settings;

	private final PasswordEncoder passwords;

	private final SetupLink setupLink;

	private final Environment environment;

	FirstAdministrator(Recruiters recruiters, AccessSettings settings, PasswordEncoder passwords, SetupLink setupLink,
			Environment environment) {
		this.recruiters = recruiters;
		this.settings = settings;
		this.passwords = passwords;
		this.setupLink = setupLink;
		this.environment = environment;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ensure() {
		if (this.settings.administratorConfigured() && this.recruiters.isEmpty()) {
			this.recruiters
				.createFirstAdministrator(this.settings.adminEmail(), "Administrator",
						this.passwords.encode(this.settings.adminPassword()))
				.ifPresent((admin) -> log.info("Created the first administrator (recruiter {}) from RECRUITBOT_ADMIN_EMAIL",
						admin.id()));
			return;
		}
		if (!this.recruiters.hasAdministrator()) {
			String token = this.setupLink.issue();
			String port = this.environment.getProperty("local.server.port", this.environment.getProperty("server.port", "8080"));
			log.warn("No administrator yet. Create one within this run at http://localhost:{}/setup?token={} "
					+ "(valid once; or set RECRUITBOT_ADMIN_EMAIL and RECRUITBOT_ADMIN_PASSWORD)", port, token);
		}
	}

}
