package io.recruitbot.crm;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import io.recruitbot.candidate.Candidate;
import io.recruitbot.candidate.CandidateRepository;
import io.recruitbot.candidate.CandidateStatus;
import io.recruitbot.candidate.TranscriptMessage;

import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;

/**
 * Brings one candidate's Chatwoot conversation up to date: the contact and conversation exist, every transcript
 * message is posted in order, and the contact's attributes, the status label and a note on a status change follow the
 * profile. Each posted message is remembered at once, so a failure halfway resumes where it stopped.
 */
@Component
class CandidateMirror {

	private final CandidateRepository candidates;

	private final CrmRecords records;

	private final ChatwootClient chatwoot;

	private final ChatwootHandover handover;

	private final Clock clock;

	CandidateMirror(CandidateRepository candidates, CrmRecords records, ChatwootClient chatwoot,
			ChatwootHandover handover, Clock clock) {
		this.candidates = candidates;
		this.records = records;
		this.chatwoot = chatwoot;
		this.handover = handover;
		this.clock = clock;
	}

	/** What one sync sent: messages posted, and whether the profile was pushed. */
	record Synced(int messages, boolean profile) {

		static final Synced NOTHING = new Synced(0, false);

		/** Another instance may have synced the candidate between listing and claiming it. */
		boolean anything() {
			return this.messages > 0 || this.profile;
		}

	}

	Synced sync(UUID candidateId) {
		Candidate candidate = this.candidates.findById(candidateId).orElse(null);
		if (candidate == null || candidate.consentAt() == null) {
			// erased (the erasure listener deletes the rest), or not consented: nothing of theirs goes to Chatwoot
			this.records.synced(candidateId, this.clock.instant(), null);
			this.records.conversationStatusSet(candidateId, this.records.dueConversationStatus(candidateId).orElse(""));
			return Synced.NOTHING;
		}
		long conversationId = conversationOf(candidate);
		try {
			return mirror(candidate, conversationId);
		}
		catch (HttpClientErrorException.NotFound ex) {
			// deleted in Chatwoot: the next attempt starts a new conversation (and contact, if that went too)
			this.records.forgetConversation(candidateId);
			throw ex;
		}
	}

	private Synced mirror(Candidate candidate, long conversationId) {
		UUID candidateId = candidate.id();
		int posted = 0;
		for (TranscriptMessage message : this.records.unsyncedMessages(candidateId)) {
			long chatwootId = post(conversationId, CrmProfile.content(message), message.inbound() ? "incoming" : "outgoing",
					false, ChatwootClient.SOURCE_ID_PREFIX + message.id());
			// an id-less answer is still a posted message; null keeps the unique Chatwoot id column meaningful
			this.records.markSynced(message.id(), (chatwootId > 0) ? chatwootId : null, this.clock.instant(),
					!message.inbound());
			posted++;
		}
		CrmRecords.ProfileSync profile = this.records.profileSync(candidateId);
		boolean profileChanged = profile.syncedUpdatedAt() == null
				|| candidate.updatedAt().isAfter(profile.syncedUpdatedAt());
		if (profileChanged) {
			mirrorProfile(candidate, conversationId, profile.syncedStatus());
		}
		boolean statusSet = this.handover.applyDueStatus(candidateId, conversationId);
		this.records.synced(candidateId, candidate.updatedAt(), candidate.status().name());
		return new Synced(posted, profileChanged || statusSet);
	}

	/** Posts a message registered first, so that its webhook echo is known even before Chatwoot answers. */
	long post(long conversationId, String content, String messageType, boolean privateNote, String sourceId) {
		this.records.registerOutgoing(sourceId, this.clock.instant());
		return this.chatwoot.postMessage(conversationId, content, messageType, privateNote, sourceId);
	}

	private void mirrorProfile(Candidate candidate, long conversationId, String syncedStatus) {
		long contactId = this.records.link(candidate.id()).contactId();
		this.chatwoot.updateContact(contactId, CrmProfile.displayName(candidate), CrmProfile.attributes(candidate));
		String status = candidate.status().name();
		if (!status.equals(syncedStatus)) {
			this.chatwoot.changeLabels(conversationId, List.of(CrmProfile.label(candidate.status())),
					CrmProfile.otherStatusLabels(candidate.status()));
			if (syncedStatus != null || candidate.status() != CandidateStatus.NEW) {
				post(conversationId, CrmProfile.statusNote(candidate, syncedStatus), "outgoing", true,
						ChatwootClient.SOURCE_ID_PREFIX + "note:" + candidate.id() + ":" + status + ":"
								+ candidate.updatedAt().toEpochMilli());
			}
		}
	}

	/** The candidate's conversation in the API inbox, creating the contact (found by phone first) and it if needed. */
	private long conversationOf(Candidate candidate) {
		CrmRecords.ChatwootLink link = this.records.link(candidate.id());
		if (link.conversationId() != null && link.contactId() != null) {
			return link.conversationId();
		}
		String phoneNumber = CrmProfile.phoneNumber(candidate);
		ChatwootClient.Contact contact = this.chatwoot.findContactByPhone(phoneNumber)
			.orElseGet(() -> this.chatwoot.createContact(CrmProfile.displayName(candidate), phoneNumber,
					CrmProfile.attributes(candidate)));
		String sourceId = (contact.sourceId() != null) ? contact.sourceId() : this.chatwoot.addToInbox(contact.id());
		long conversationId = this.chatwoot.createConversation(contact.id(), sourceId);
		this.records.saveLink(candidate.id(), contact.id(), conversationId, this.clock.instant());
		return conversationId;
	}

}
