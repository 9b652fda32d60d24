package io.recruitbot.candidate;

import java.security.Principal;
import java.util.List;
import java.util.UUID;

import io.recruitbot.system.RequestAuthor;
import io.recruitbot.system.StorableText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a recruiter does with a candidate, in the API as in the console: take over, hand back, shortlist, notes and
 * assignment. Each answers the candidate as stored afterwards; a status that does not allow the step is a 409
 * ({@link CandidateTransitionRefused}). Replies and rejections write to the candidate, so they are the whatsapp
 * module's ({@code whatsapp.RecruiterMessagesController}).
 */
@RestController
@RequestMapping("/api/candidates/{id}")
class RecruiterActionsController {

	private final CandidateRepository candidates;

	private final Candidates lifecycle;

	private final RecruiterNotes notes;

	RecruiterActionsController(CandidateRepository candidates, Candidates lifecycle, RecruiterNotes notes) {
		this.candidates = candidates;
		this.lifecycle = lifecycle;
		this.notes = notes;
	}

	/** The bot pauses; 409 when a person has the conversation already or the candidate opted out. */
	@PostMapping("/takeover")
	@Transactional
	InboxCandidate takeOver(@PathVariable String id, Principal principal) {
		return answer(this.lifecycle.handOff(find(id), RequestAuthor.of(principal)));
	}

	/** The bot resumes where it was, in the status from before the take-over; 409 unless handed off. */
	@PostMapping("/handback")
	@Transactional
	InboxCandidate handBack(@PathVariable String id, Principal principal) {
		return answer(this.lifecycle.handBack(find(id), RequestAuthor.of(principal)));
	}

	/** 409 unless the candidate is being or was screened (also while a recruiter has the conversation), or rejected. */
	@PostMapping("/shortlist")
	@Transactional
	InboxCandidate shortlist(@PathVariable String id, Principal principal) {
		return answer(this.lifecycle.shortlist(find(id), RequestAuthor.of(principal)));
	}

	@PostMapping("/notes")
	@Transactional
	InboxCandidate addNote(@PathVariable String id, @Valid @RequestBody NoteRequest note, Principal principal) {
		UUID candidateId = find(id);
		this.notes.add(candidateId, RequestAuthor.of(principal), note.text().strip());
		return this.candidates.findInInbox(candidateId).orElseThrow();
	}

	@GetMapping("/notes")
	List<RecruiterNote> notes(@PathVariable String id) {
		return this.notes.of(find(id));
	}

	/** {@code {"recruiter": "e-mail"}} assigns, {@code {"recruiter": null}} unassigns. */
	@PostMapping("/assign")
	@Transactional
	InboxCandidate assign(@PathVariable String id, @Valid @RequestBody AssignRequest assignment) {
		String recruiter = (assignment.recruiter() == null || assignment.recruiter().isBlank()) ? null
				: assignment.recruiter().strip();
		return answer(this.lifecycle.assign(find(id), recruiter).orElseThrow());
	}

	private UUID find(String id) {
		return this.candidates.findForApi(id).id();
	}

	private InboxCandidate answer(Candidate candidate) {
		return this.candidates.findInInbox(candidate.id()).orElseThrow();
	}

	record NoteRequest(@NotBlank @Size(max = 4000) @StorableText String text) {
	}

	record AssignRequest(@Email(message = "must be an e-mail address") @Size(max = 320) String recruiter) {
	}

}
