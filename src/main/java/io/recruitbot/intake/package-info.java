/**
 * Webhook intake from WhatsApp providers and Chatwoot: signature checks, the durable deduplicating inbox and its
 * workers. Owns the table {@code inbox_message}. A worker makes the sender a candidate
 * ({@code CandidateRepository#findOrCreate}), adds the message to the candidate module's {@code Transcript} and hands
 * it to the conversation engine; status reports go to {@code whatsapp.DeliveryStatuses}. The files the sandbox
 * endpoint names are kept by {@code whatsapp.SandboxMedia}, which the sandbox gateway hands over.
 */
package io.recruitbot.intake;
