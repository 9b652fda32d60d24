package io.recruitbot.recruiter;

import java.time.Instant;
import java.util.UUID;

/** A recruiter's account as the console and the API show it; the password hash never leaves {@link Recruiters}. */
public record Recruiter(UUID id, String email, String displayName, Role role, boolean enabled, Instant lockedUntil,
		Instant createdAt) {

	/** Locked out after too many failed sign-ins, until {@code lockedUntil}. */
	public boolean lockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

}
