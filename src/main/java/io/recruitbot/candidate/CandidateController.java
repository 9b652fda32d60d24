package io.recruitbot.candidate;

import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.recruitbot.system.BadRequestException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admin API for candidates: the inbox (search), profile, transcript, GDPR export and erasure. What a recruiter does
 * with a candidate is {@link RecruiterActionsController}.
 */
@RestController
@RequestMapping("/api/candidates")
class CandidateController {

	private static final int MAX_PAGE_SIZE = 200;

	private static final int MAX_SEARCH_LENGTH = 200;

	private static final String REQUESTED_VIA = "admin-api";

	private final CandidateRepository candidates;

	private final Transcript transcript;

	private final RecruiterNotes notes;

	private final CandidateErasure erasure;

	private final Clock clock;

	CandidateController(CandidateRepository candidates, Transcript transcript, RecruiterNotes notes,
			CandidateErasure erasure, Clock clock) {
		this.candidates = candidates;
		this.transcript = transcript;
		this.notes = notes;
		this.erasure = erasure;
		this.clock = clock;
	}

	/**
	 * The inbox: newest activity first, filtered by {@code q} (name, phone, e-mail, city), {@code status} (one or
	 * several, repeated or comma-separated), {@code vacancy}, {@code needsAttention} and {@code phone}.
	 */
	@GetMapping
	CandidatePage list(@RequestParam(required = false) String phone,
			@RequestParam(required = false) List<String> status, @RequestParam(required = false) String q,
			@RequestParam(required = false) String vacancy, @RequestParam(defaultValue = "false") boolean needsAttention,
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
		if (q != null && q.length() > MAX_SEARCH_LENGTH) {
			throw new BadRequestException("validation_failed", "q must be at most " + MAX_SEARCH_LENGTH + " characters.");
		}
		return this.candidates.search(new CandidateQuery(digits, parseStatuses(status), blankToNull(q),
				blankToNull(vacancy), needsAttention, page, size));
	}

	@GetMapping("/{id}")
	InboxCandidate get(@PathVariable String id) {
		return this.candidates.findInInbox(find(id).id()).orElseThrow();
	}

	@GetMapping("/{id}/messages")
	List<TranscriptEntry> messages(@PathVariable String id) {
		return this.transcript.of(find(id).id());
	}

	@GetMapping("/{id}/export")
	CandidateExport export(@PathVariable String id) {
		Candidate candidate = find(id);
		return new CandidateExport(candidate, this.candidates.consents(candidate.id()),
				this.transcript.of(candidate.id()), this.notes.of(candidate.id()), this.clock.instant());
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> erase(@PathVariable String id) {
		this.erasure.erase(find(id).id(), ErasureReason.ADMIN_REQUEST, REQUESTED_VIA);
		return ResponseEntity.noContent().build();
	}

	private Candidate find(String id) {
		return this.candidates.findForApi(id);
	}

	private static Set<CandidateStatus> parseStatuses(List<String> statuses) {
		Set<CandidateStatus> parsed = EnumSet.noneOf(CandidateStatus.class);
		if (statuses == null) {
			return parsed;
		}
		for (String status : statuses) {
			if (status == null || status.isBlank()) {
				continue;
			}
			try {
				parsed.add(CandidateStatus.valueOf(status.trim().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				throw new BadRequestException("validation_failed",
						"status must be one of " + Arrays.toString(CandidateStatus.values()) + ".");
			}
		}
		return parsed;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
