-- The recruiter console (docs/api.md, "Recruiter actions" and "The inbox").

-- Who of the recruiters looks after the candidate (their e-mail), and what the inbox sorts and filters on, kept on the
-- row by the transcript as messages are recorded, so the list is one indexed read of one table: when the last message
-- in either direction was, and since when the candidate's messages wait for a person's answer.
alter table candidate add column assigned_to varchar(320);
alter table candidate add column last_message_at timestamp with time zone;
alter table candidate add column awaiting_reply_since timestamp with time zone;
update candidate set last_message_at = (select max(m.at) from message m where m.candidate_id = candidate.id);

-- newest activity first, a page at a time
create index candidate_activity_idx on candidate (last_message_at desc nulls last, id);
-- the "needs a human" queue: handed off and waiting
create index candidate_waiting_idx on candidate (status, awaiting_reply_since);

-- who wrote an outbound message: null for the bot, else the recruiter's name
alter table message add column author varchar(320);

-- internal notes of recruiters about a candidate, never sent; erased with the candidate
create table candidate_note (
    id            uuid          primary key,
    candidate_id  uuid          not null references candidate (id) on delete cascade,
    author        varchar(320)  not null,
    text          varchar(4000) not null,
    at            timestamp with time zone not null
);
create index candidate_note_candidate_idx on candidate_note (candidate_id, at);
