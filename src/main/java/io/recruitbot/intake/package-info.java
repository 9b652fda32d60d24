/**
 * Webhook intake from WhatsApp providers and Chatwoot: signature checks, the durable deduplicating inbox and its workers.
 */
package io.recruitbot.intake;
