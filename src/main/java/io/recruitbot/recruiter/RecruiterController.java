package io.recruitbot.recruiter;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.recruitbot.system.BadRequestException;
import io.recruitbot.system.ConflictException;
import io.recruitbot.system.NotFoundException;
import io.recruitbot.system.StorableText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in user ({@code GET /api/me}) and, for administrators, the recruiters ({@code /api/recruiters}): list,
 * add, disable, enable, set a new password. Only {@code system.security} decides who reaches which route.
 */
@RestController
class RecruiterController {

	/** What the machine token ({@code ADMIN_API_TOKEN}) is called when it asks who it is. */
	static final String MACHINE = "API token";

	private final Recruiters recruiters;

	private final PasswordEncoder passwords;

	RecruiterController(Recruiters recruiters, PasswordEncoder passwords) {
		this.recruiters = recruiters;
		this.passwords = passwords;
	}

	record Me(String email, String displayName, Role role) {
	}

	record NewRecruiter(@NotBlank @Size(max = 320) String email,
			@NotBlank @Size(max = 200) @StorableText String displayName,
			@NotNull Role role, @NotBlank String password) {
	}

	record NewPassword(@NotBlank String password) {
	}

	@GetMapping("/api/me")
	Me me(Authentication signedIn) {
		return this.recruiters.findByEmail(signedIn.getName())
			.map((recruiter) -> new Me(recruiter.email(), recruiter.displayName(), recruiter.role()))
			// the machine token is no account: it acts as an administrator
			.orElseGet(() -> new Me(null, MACHINE, Role.ADMIN));
	}

	@GetMapping("/api/recruiters")
	List<Recruiter> list() {
		return this.recruiters.findAll();
	}

	@PostMapping("/api/recruiters")
	ResponseEntity<Recruiter> add(@Valid @RequestBody NewRecruiter recruiter) {
		if (!EmailAddress.isValid(recruiter.email())) {
			throw new BadRequestException("validation_failed", "email must be an e-mail address");
		}
		checkPassword(recruiter.password());
		Recruiter created = this.recruiters.create(recruiter.email(), recruiter.displayName(), recruiter.role(),
				this.passwords.encode(recruiter.password()));
		return ResponseEntity.created(URI.create("/api/recruiters/" + created.id())).body(created);
	}

	@PostMapping("/api/recruiters/{id}/disable")
	Recruiter disable(@PathVariable UUID id, Authentication signedIn) {
		if (find(id).email().equals(signedIn.getName())) {
			throw new ConflictException("own_account", "You cannot disable your own account.");
		}
		this.recruiters.enable(id, false);
		return find(id);
	}

	@PostMapping("/api/recruiters/{id}/enable")
	Recruiter enable(@PathVariable UUID id) {
		find(id);
		this.recruiters.enable(id, true);
		return find(id);
	}

	@PostMapping("/api/recruiters/{id}/password")
	ResponseEntity<Void> resetPassword(@PathVariable UUID id, @Valid @RequestBody NewPassword password) {
		find(id);
		checkPassword(password.password());
		this.recruiters.changePassword(id, this.passwords.encode(password.password()));
		return ResponseEntity.noContent().build();
	}

	private Recruiter find(UUID id) {
		return this.recruiters.findById(id).orElseThrow(() -> new NotFoundException("No recruiter with this id."));
	}

	private static void checkPassword(String password) {
		if (password.length() < AccessSettings.MINIMUM_PASSWORD_LENGTH) {
			throw new BadRequestException("validation_failed",
					"password must be at least " + AccessSettings.MINIMUM_PASSWORD_LENGTH + " characters");
		}
	}

}
