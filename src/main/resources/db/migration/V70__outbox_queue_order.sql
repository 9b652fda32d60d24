-- The relay claims the oldest PENDING jobs in queue order. Without this index it read every PENDING job for each
-- claim of a few, so a backlog made each claim slower and the backlog longer; with it a claim reads the head of the
-- queue only.
create index outbox_message_queue_idx on outbox_message (state, queue_order);
