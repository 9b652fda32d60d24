package io.recruitbot.candidate;

import java.util.Set;
import java.util.UUID;

import io.recruitbot.system.ConflictException;

/**
 * A transition the candidate's status does not allow (handing back a candidate no recruiter has, qualifying one a
 * recruiter took over). Nothing was changed; the admin API answers 409.
 */
public class CandidateTransitionRefused extends ConflictException {

	CandidateTransitionRefused(UUID candidateId, String transition, CandidateStatus current,
			Set<CandidateStatus> allowed) {
		super("transition_refused", "Candidate " + candidateId + " cannot " + transition + " while "
				+ ((current != null) ? current : "erased") + "; only from " + allowed + ".");
	}

}
