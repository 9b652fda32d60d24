package io.recruitbot.whatsapp;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.recruitbot.candidate.Candidate;
import io.recruitbot.candidate.CandidateStatus;
import io.recruitbot.candidate.Candidates;
import io.recruitbot.system.ConflictException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a recruiter writes to a candidate: through the same outbox as the bot, in the transaction of the step that
 * caused it, and in the transcript under the recruiter's name. WhatsApp allows free text only within 24 hours of the
 * candidate's last message; after that only the approved template ({@link WhatsAppSettings}).
 */
@Service
class RecruiterMessages {

	private final Candidates lifecycle;

	private final Outbox outbox;

	private final CustomerServiceWindow window;

	private final WhatsAppSettings settings;

	private final MessageSource texts;

	RecruiterMessages(Candidates lifecycle, Outbox outbox, CustomerServiceWindow window, WhatsAppSettings settings,
			MessageSource texts) {
		this.lifecycle = lifecycle;
		this.outbox = outbox;
		this.window = window;
		this.settings = settings;
		this.texts = texts;
	}

	/**
	 * Sends the recruiter's text; a candidate with the bot is taken over first, so the bot does not talk over the
	 * recruiter (handing back gives it back). 409 when the candidate opted out or the window has closed.
	 */
	@Transactional
	void reply(Candidate candidate, String text, String author) {
		requireWindow(candidate, "send free text");
		send(candidate, new OutboundMessage.Text(text), author);
	}

	/** Sends the approved template, the one message WhatsApp allows outside the 24-hour window. */
	@Transactional
	void replyWithTemplate(Candidate candidate, List<String> parameters, String author) {
		OutboundMessage.Template approved = this.settings.reengagement();
		send(candidate, new OutboundMessage.Template(approved.name(), approved.language(), List.copyOf(parameters)),
				author);
	}

	/** The name of the template WhatsApp approved, the only one a recruiter can send. */
	String approvedTemplate() {
		return this.settings.reengagement().name();
	}

	/**
	 * The recruiter turns the candidate down, with a polite message in {@code language} when {@code withMessage}: both
	 * or neither (409 when the window has closed and a message was asked for).
	 */
	@Transactional
	void reject(Candidate candidate, boolean withMessage, Locale language, String author) {
		if (withMessage) {
			requireWindow(candidate, "be sent a rejection message");
		}
		this.lifecycle.reject(candidate.id(), author);
		if (withMessage) {
			String name = candidate.profile().name();
			String greeting = (name == null || name.isBlank()) ? "" : " " + name.strip().split("\\s+")[0];
			String text = this.texts.getMessage("recruiter.rejected", new Object[] { greeting }, language);
			enqueue(candidate, new OutboundMessage.Text(text), author);
		}
	}

	private void send(Candidate candidate, OutboundMessage.Content content, String author) {
		if (candidate.status() == CandidateStatus.OPTED_OUT) {
			throw new ConflictException("candidate_opted_out",
					"The candidate opted out (STOP): nothing is sent until they write START.");
		}
		if (candidate.status() != CandidateStatus.HANDED_OFF) {
			this.lifecycle.handOff(candidate.id(), author);
		}
		enqueue(candidate, content, author);
	}

	private UUID enqueue(Candidate candidate, OutboundMessage.Content content, String author) {
		return this.outbox.enqueue(OutboundMessage.byRecruiter(candidate.id(), candidate.phone(), content, author));
	}

	private void requireWindow(Candidate candidate, String what) {
		if (!this.window.isOpen(candidate.phone())) {
			throw new ConflictException("window_closed", "The candidate cannot " + what
					+ ": WhatsApp allows free text only within 24 hours of the candidate's last message. Send the"
					+ " approved template '" + approvedTemplate() + "' instead.");
		}
	}

}
