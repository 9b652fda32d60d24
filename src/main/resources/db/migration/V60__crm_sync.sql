-- Chatwoot mirror. Which transcript messages are in Chatwoot (and under which Chatwoot message id, so the webhook can
-- recognise the platform's own posts), and per candidate how far the profile has been mirrored.

create table crm_message_sync (
    message_id           uuid          primary key references message (id) on delete cascade,
    chatwoot_message_id  bigint,
    synced_at            timestamp with time zone not null,
    constraint crm_message_sync_chatwoot_uk unique (chatwoot_message_id)
);

-- no foreign key to candidate on purpose: the Chatwoot contact id must outlive the candidate row until erasure has
-- deleted the contact in Chatwoot too
create table crm_candidate_sync (
    candidate_id         uuid          primary key,
    chatwoot_contact_id  bigint,
    synced_updated_at    timestamp with time zone,
    synced_status        varchar(20),
    attempts             integer       not null default 0,
    next_attempt_at      timestamp with time zone,
    lease_until          timestamp with time zone,
    claimed_by           varchar(100),
    last_error           varchar(2000)
);

create index crm_candidate_sync_due_idx on crm_candidate_sync (next_attempt_at);
