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
 * record stays, and {@link CandidateErased} tells the other modules to delete their part.
 */
@Service
public class CandidateErasure {

	private final JdbcClient jdbc;

	private final CandidateRepository candidates;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CandidateErasure(JdbcClient jdbc, CandidateRepository candidates, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.candidates = candidates;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public void erase(UUID candidateId, ErasureReason reason, String requestedVia) {
		Candidate candidate = this.candidates.findById(candidateId)
			.orElseThrow(() -> new NotFoundException("No candidate with id " + candidateId + "."));
		this.candidates.delete(candidateId);
		this.jdbc.sql("insert into erasure_record (erased_at, reason, requested_via) values (?, ?, ?)")
			.params(SqlTimestamps.param(this.clock.instant()), reason.name(), requestedVia)
			.update();
		this.events.publishEvent(new CandidateErased(candidateId, candidate.phone(), reason));
	}

}
