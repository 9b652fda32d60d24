package io.recruitbot.candidate;

/**
 * Why the bot matched a candidate to a vacancy or not, with the values it compared ("Tilburg is 95 km from Groningen,
 * limit 30 km"): an automated outcome is only a proposal a recruiter reviews (GDPR art. 22), so it must say why.
 * {@code vacancyId} is null for a reason that concerns no single vacancy.
 */
public record DecisionReason(String vacancyId, DecisionRule rule, String detail) {
}
