package io.recruitbot.candidate;

import java.time.Clock;
import java.util.UUID;

import io.recruitbot.system.NotFoundException;
import io.recruitbot.system.SqlTimestamps;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases a candidate (GDPR article 17): the candidate row and everything hanging off it go, an anonymous erasure
 * record stays (with, for a while, the keyed hash of the number that fences off older messages: {@link ErasedPhones}),
 * and {@link CandidateErased} tells the other modules to delete their part. Their synchronous listeners run inside
 * this transaction, so a failing one undoes the whole erasure; see docs/erasure.md for the order.
 */
@Service
public class CandidateErasure {

	private final JdbcClient jdbc;

	private final CandidateRepository candidates;

	private final ApplicationEventPublisher events;

	private final ErasedPhones erasedPhones;

	private final Clock clock;

	CandidateErasure(JdbcClient jdbc, CandidateRepository candidates, ApplicationEventPublisher events,
			ErasedPhones erasedPhones, Clock clock) {
		this.jdbc = jdbc;
		this.candidates = candidates;
		this.events = events;
		this.erasedPhones = erasedPhones;
		this.clock = clock;
	}

	@Transactional
	public void erase(UUID candidateId, ErasureReason reason, String requestedVia) {
		Candidate candidate = this.candidates.findById(candidateId)
			.orElseThrow(() -> new NotFoundException("No candidate with id " + candidateId + "."));
		this.candidates.delete(candidateId);
		this.jdbc.sql("insert into erasure_record (erased_at, reason, requested_via, phone_hash) values (?, ?, ?, ?)")
			.params(SqlTimestamps.param(this.clock.instant()), reason.name(), requestedVia,
					this.erasedPhones.hash(candidate.phone()))
			.update();
		this.events.publishEvent(new CandidateErased(candidateId, candidate.phone(), reason));
	}

}
