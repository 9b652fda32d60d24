package io.recruitbot.whatsapp;

/** Something was written to the outbox; the relay of this instance should look once the transaction commits. */
record OutboxMessageQueued() {
}
