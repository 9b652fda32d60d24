/**
 * Outbound WhatsApp delivery: the 360dialog, Meta and sandbox gateways, the outbox relay and the customer-service window.
 */
package io.recruitbot.whatsapp;
