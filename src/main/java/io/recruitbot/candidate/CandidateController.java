package io.recruitbot.candidate;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.recruitbot.system.BadRequestException;
import io.recruitbot.system.NotFoundException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Admin API for candidates: search, profile, transcript, take-over and hand-back, GDPR export and erasure. */
@RestController
@RequestMapping("/api/candidates")
class CandidateController {

	private static final int MAX_PAGE_SIZE = 200;

	private static final String REQUESTED_VIA = "admin-api";

	private final CandidateRepository candidates;

	private final Transcript transcript;

	private final Candidates lifecycle;

	private final CandidateErasure erasure;

	private final Clock clock;

	CandidateController(CandidateRepository candidates, Transcript transcript, Candidates lifecycle,
			CandidateErasure erasure, Clock clock) {
		this.candidates = candidates;
		this.transcript = transcript;
		this.lifecycle = lifecycle;
		this.erasure = erasure;
		this.clock = clock;
	}

	@GetMapping
	CandidatePage list(@RequestParam(required = false) String phone, @RequestParam(required = false) String status,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		if (page < 0) {
			throw new BadRequestException("validation_failed", "page must be 0 or more.");
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new BadRequestException("validation_failed", "size must be between 1 and " + MAX_PAGE_SIZE + ".");
		}
		String digits = (phone != null && !phone.isBlank()) ? PhoneNumber.normalize(phone) : null;
		if (phone != null && !phone.isBlank() && digits == null) {
			throw new BadRequestException("validation_failed", "phone must contain digits.");
		}
		return this.candidates.search(new CandidateQuery(digits, parseStatus(status), page, size));
	}

	@GetMapping("/{id}")
	Candidate get(@PathVariable String id) {
		return find(id);
	}

	@GetMapping("/{id}/messages")
	List<TranscriptEntry> messages(@PathVariable String id) {
		return this.transcript.of(find(id).id());
	}

	@GetMapping("/{id}/export")
	CandidateExport export(@PathVariable String id) {
		Candidate candidate = find(id);
		return new CandidateExport(candidate, this.candidates.consents(candidate.id()),
				this.transcript.of(candidate.id()), this.clock.instant());
	}

	/** A recruiter takes the conversation over; 409 when it is not with the bot (handed off, opted out). */
	@PostMapping("/{id}/takeover")
	Candidate takeOver(@PathVariable String id) {
		return this.lifecycle.handOff(find(id).id(), REQUESTED_VIA);
	}

	/** The recruiter gives it back: the status from before the take-over returns; 409 unless handed off. */
	@PostMapping("/{id}/handback")
	Candidate handBack(@PathVariable String id) {
		return this.lifecycle.handBack(find(id).id(), REQUESTED_VIA);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> erase(@PathVariable String id) {
		this.erasure.erase(find(id).id(), ErasureReason.ADMIN_REQUEST, REQUESTED_VIA);
		return ResponseEntity.noContent().build();
	}

	private Candidate find(String id) {
		return parseId(id).flatMap(this.candidates::findById)
			.orElseThrow(() -> new NotFoundException("No candidate with id '" + id + "'."));
	}

	private static Optional<UUID> parseId(String id) {
		try {
			return Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static CandidateStatus parseStatus(String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		try {
			return CandidateStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException("validation_failed",
					"status must be one of " + Arrays.toString(CandidateStatus.values()) + ".");
		}
	}

}
