/**
 * Chatwoot sync and human handoff.
 */
package io.recruitbot.crm;
