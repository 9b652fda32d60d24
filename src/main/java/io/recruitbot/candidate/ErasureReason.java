package io.recruitbot.candidate;

/** Why a candidate was erased; the only thing the anonymous erasure record keeps besides the time. */
public enum ErasureReason {

	/** The candidate asked for it in the conversation. */
	CANDIDATE_REQUEST,
	/** The candidate declined consent at the start of screening. */
	CONSENT_DECLINED,
	/** An operator erased the candidate through the admin API. */
	ADMIN_REQUEST

}
