/**
 * Outbound WhatsApp delivery: the 360dialog, Meta and sandbox gateways, the outbox relay, the customer-service window
 * and re-engagement; and the files candidates send, fetched from the provider through the same gateway when a
 * recruiter opens one ({@code MessageMediaController}, the message found through {@code Transcript#media}), never
 * stored. Owns the table {@code outbox_message}. The transcript row of each outbound message and its delivery status
 * are the candidate module's: written through {@code Transcript} ({@code recordOutbound}, {@code recordSent},
 * {@code recordFailed}, {@code recordUnknown}, {@code recordDeliveryStatus}); the window reads the last inbound message
 * there. A recruiter's reply and rejection ({@code RecruiterMessages}, {@code /reply} and {@code /reject}) go through
 * the same outbox, under the recruiter's name. Listens to {@code CandidateErased} ({@code ErasedCandidateOutbox}).
 */
package io.recruitbot.whatsapp;
