package io.recruitbot.candidate;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import io.recruitbot.system.SqlTimestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What is recorded around a candidate: the transcript and the consent history. */
@Repository
public class CandidateRecords {

	private final JdbcClient jdbc;

	private final Clock clock;

	CandidateRecords(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public List<TranscriptEntry> transcript(UUID candidateId) {
		return this.jdbc.sql("""
				select direction, text, type, at, status from message where candidate_id = ? order by at, id""")
			.param(candidateId)
			.query((row, n) -> new TranscriptEntry(row.getString("direction"), row.getString("text"),
					row.getString("type"), SqlTimestamps.read(row, "at"), row.getString("status")))
			.list();
	}

	public List<ConsentRecord> consents(UUID candidateId) {
		return this.jdbc.sql("""
				select purpose, granted, recorded_at from consent_record where candidate_id = ? order by recorded_at, id""")
			.param(candidateId)
			.query((row, n) -> new ConsentRecord(row.getString("purpose"), row.getBoolean("granted"),
					SqlTimestamps.read(row, "recorded_at")))
			.list();
	}

	/**
	 * Adds a message the candidate sent to the transcript. Idempotent: a provider message id that is already recorded
	 * is left alone, so a message processed twice appears once.
	 * @return true when the message was new
	 */
	public boolean recordInbound(UUID candidateId, ReceivedMessage message) {
		return this.jdbc.sql("""
				insert into message (id, candidate_id, direction, provider_message_id, type, text, media_id,
				  media_mime_type, media_file_name, at)
				values (?, ?, 'inbound', ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(UUID.randomUUID(), candidateId, message.providerMessageId(), message.type(), message.text(),
					message.mediaId(), message.mediaMimeType(), message.mediaFileName(),
					SqlTimestamps.param(message.at()))
			.update() > 0;
	}

	/** Records consent given or withdrawn now; the history is never rewritten. */
	public void recordConsent(UUID candidateId, String purpose, boolean granted, String sourceMessageId) {
		this.jdbc.sql("""
				insert into consent_record (candidate_id, purpose, granted, recorded_at, source_message)
				values (?, ?, ?, ?, ?)""")
			.params(candidateId, purpose, granted, SqlTimestamps.param(this.clock.instant()), sourceMessageId)
			.update();
	}

}
