/**
 * Webhook intake from WhatsApp providers and Chatwoot: signature checks, the durable deduplicating inbox and its
 * workers. Owns the table {@code inbox_message}. A worker makes the sender a candidate
 * ({@code CandidateRepository#findOrCreate}), adds the message to the candidate module's {@code Transcript} and hands
 * it to the conversation engine; status reports go to {@code whatsapp.DeliveryStatuses}. The sandbox endpoint's files are the
 * {@code whatsapp.SandboxMedia} the sandbox gateway hands over.
 */
package io.recruitbot.intake;
