-- The candidate lifecycle (docs/modules.md). A hand-off and an opt-out remember the status they interrupted, so handing
-- back (or START after STOP) restores it: a qualified candidate handed back is still qualified.
alter table candidate add column status_before_handoff varchar(20);
alter table candidate add column status_before_opt_out varchar(20);

-- The transcript records which messages the CRM mirror has passed on, so that the mirror asks the candidate module
-- instead of reading the message table itself. Messages mirrored before this migration count as mirrored.
alter table message add column mirrored_at timestamp with time zone;
update message set mirrored_at = (select s.synced_at from crm_message_sync s where s.message_id = message.id);
create index message_mirrored_idx on message (mirrored_at, at);

-- The CRM mirror learns of status changes from the candidate module's events, not by comparing rows: the time of the
-- last change it was told of; the candidate is due while that is later than what was mirrored.
alter table crm_candidate_sync add column status_changed_at timestamp with time zone;
