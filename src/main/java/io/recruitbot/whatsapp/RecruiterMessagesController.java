package io.recruitbot.whatsapp;

import java.security.Principal;
import java.util.List;
import java.util.Locale;

import io.recruitbot.candidate.Candidate;
import io.recruitbot.candidate.CandidateRepository;
import io.recruitbot.candidate.InboxCandidate;
import io.recruitbot.system.BadRequestException;
import io.recruitbot.system.RequestAuthor;
import io.recruitbot.system.StorableText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The recruiter's actions that write to the candidate on WhatsApp: {@code /reply} and {@code /reject}. Each answers the
 * candidate as stored afterwards (as {@code GET /api/candidates/{id}} does).
 */
@RestController
@RequestMapping("/api/candidates/{id}")
class RecruiterMessagesController {

	private static final Locale DEFAULT_LANGUAGE = Locale.ENGLISH;

	/** What {@code StorableText} checks, for a list's elements (where that annotation cannot go). */
	private static final String NO_NUL = "[^\\x00]*";

	private final CandidateRepository candidates;

	private final RecruiterMessages messages;

	RecruiterMessagesController(CandidateRepository candidates, RecruiterMessages messages) {
		this.candidates = candidates;
		this.messages = messages;
	}

	/** {@code {"text"}} within the 24-hour window, {@code {"template", "parameters"}} at any time. */
	@PostMapping("/reply")
	InboxCandidate reply(@PathVariable String id, @Valid @RequestBody ReplyRequest reply, Principal principal) {
		Candidate candidate = this.candidates.findForApi(id);
		boolean hasText = reply.text() != null && !reply.text().isBlank();
		if (hasText == (reply.template() != null)) {
			throw new BadRequestException("validation_failed",
					"Send either text (within 24 hours of the candidate's last message) or template, not "
							+ (hasText ? "both." : "neither."));
		}
		if (hasText) {
			this.messages.reply(candidate, reply.text().strip(), RequestAuthor.of(principal));
		}
		else {
			if (!this.messages.approvedTemplate().equals(reply.template())) {
				throw new BadRequestException("validation_failed",
						"template must be the approved template '" + this.messages.approvedTemplate() + "'.");
			}
			this.messages.replyWithTemplate(candidate, (reply.parameters() != null) ? reply.parameters() : List.of(),
					RequestAuthor.of(principal));
		}
		return this.candidates.findInInbox(candidate.id()).orElseThrow();
	}

	/** {@code {"message": true}} adds a polite message in the candidate's language; the body may be left out. */
	@PostMapping("/reject")
	InboxCandidate reject(@PathVariable String id, @Valid @RequestBody(required = false) RejectRequest reject,
			Principal principal) {
		Candidate candidate = this.candidates.findForApi(id);
		boolean withMessage = reject != null && Boolean.TRUE.equals(reject.message());
		Locale language = (reject != null && reject.language() != null) ? Locale.forLanguageTag(reject.language())
				: DEFAULT_LANGUAGE;
		this.messages.reject(candidate, withMessage, language, RequestAuthor.of(principal));
		return this.candidates.findInInbox(candidate.id()).orElseThrow();
	}

	record ReplyRequest(@Size(max = 4096) @StorableText String text, @Size(max = 512) String template,
			@Size(max = 10) List<@Size(max = 1024) @Pattern(regexp = NO_NUL,
					message = "must not contain the NUL character") String> parameters) {
	}

	/** @param language the candidate's language (ISO 639-1) for the message; English when left out */
	record RejectRequest(Boolean message,
			@Pattern(regexp = "[a-z]{2}", message = "must be a two-letter language code such as nl") String language) {
	}

}
