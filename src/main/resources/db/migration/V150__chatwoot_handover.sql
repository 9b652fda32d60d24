-- Chatwoot hand-over as Chatwoot itself does it.

-- every message Recruitbot posts is registered by its source id before the POST, so a webhook echo that arrives before
-- Chatwoot's answer is still recognised as ours
create table crm_outgoing (
    source_id      varchar(200)  primary key,
    registered_at  timestamp with time zone not null
);

-- what the relay still has to do to the conversation in Chatwoot: toggle it ('open' to hand over to the recruiters,
-- 'pending' to keep a reopened conversation with the bot), with the team or agent to assign on a hand-over
alter table crm_candidate_sync add column conversation_status_due varchar(20);

-- relayed recruiter replies and mirrored bot messages whose WhatsApp delivery is not settled yet: a failure is reported
-- back into the conversation as a private note
alter table crm_message_sync add column delivery_settled boolean default false not null;
update crm_message_sync set delivery_settled = true;

-- erasures Chatwoot has not done yet (the candidate row is gone already): retried with backoff until Chatwoot deletes
-- the contact; the phone is kept only to find a contact whose id was never learnt, and goes with the row
create table crm_erasure (
    candidate_id         uuid          primary key,
    chatwoot_contact_id  bigint,
    phone                varchar(32),
    attempts             integer       not null default 0,
    next_attempt_at      timestamp with time zone not null,
    last_error           varchar(500),
    requested_at         timestamp with time zone not null
);
