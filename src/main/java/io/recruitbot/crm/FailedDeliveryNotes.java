package io.recruitbot.crm;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.recruitbot.candidate.Transcript;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;

/**
 * A message in Chatwoot that WhatsApp did not deliver (a recruiter's reply or the bot's) is reported back into the
 * conversation as a private note naming the reason, e.g. that the 24-hour window had closed; otherwise the recruiter
 * would believe the candidate read it. Deliveries are watched for two days, after which nothing more will come.
 */
@Component
class FailedDeliveryNotes {

	static final Duration WATCHED = Duration.ofDays(2);

	private static final int BATCH = 100;

	private static final Logger log = LoggerFactory.getLogger(FailedDeliveryNotes.class);

	private final CrmRecords records;

	private final Transcript transcript;

	private final CandidateMirror mirror;

	private final Clock clock;

	FailedDeliveryNotes(CrmRecords records, Transcript transcript, CandidateMirror mirror, Clock clock) {
		this.records = records;
		this.transcript = transcript;
		this.mirror = mirror;
		this.clock = clock;
	}

	/** Settles the deliveries that have an outcome; answers how many failures were reported. */
	int report() {
		List<UUID> watched = this.records.unsettledDeliveries(this.clock.instant().minus(WATCHED), BATCH);
		int reported = 0;
		for (Transcript.Delivery delivery : this.transcript.deliveries(watched)) {
			String status = (delivery.status() != null) ? delivery.status() : "";
			if ("delivered".equals(status) || "read".equals(status)) {
				this.records.deliverySettled(delivery.messageId());
			}
			else if ("failed".equals(status)) {
				reported += noteFailure(delivery) ? 1 : 0;
			}
		}
		return reported;
	}

	private boolean noteFailure(Transcript.Delivery delivery) {
		Long conversationId = this.records.link(delivery.candidateId()).conversationId();
		if (conversationId == null) {
			this.records.deliverySettled(delivery.messageId());
			return false;
		}
		try {
			this.mirror.post(conversationId, note(delivery.errorCode()), "outgoing", true,
					ChatwootClient.SOURCE_ID_PREFIX + "failed:" + delivery.messageId());
			this.records.deliverySettled(delivery.messageId());
			return true;
		}
		catch (RestClientException ex) {
			log.warn("Could not report a failed WhatsApp delivery to Chatwoot: {}", ex.getClass().getSimpleName());
			return false; // the next pass tries again
		}
	}

	/** The recruiter's sentence for a WhatsApp error code. */
	static String note(String errorCode) {
		if ("131047".equals(errorCode)) {
			return "Not delivered on WhatsApp: more than 24 hours have passed since the candidate last wrote, so WhatsApp "
					+ "only allows a template message until they write again.";
		}
		if ("131026".equals(errorCode)) {
			return "Not delivered on WhatsApp: the number cannot receive messages (no WhatsApp account, or an old app).";
		}
		if ("131051".equals(errorCode) || "131052".equals(errorCode) || "131053".equals(errorCode)) {
			return "Not delivered on WhatsApp: the attachment's type or size is not accepted, or WhatsApp could not fetch "
					+ "it (code " + errorCode + ").";
		}
		return "Not delivered on WhatsApp" + ((errorCode != null) ? " (error code " + errorCode + ")." : ".");
	}

}
