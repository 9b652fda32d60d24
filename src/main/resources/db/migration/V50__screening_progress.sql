-- which inbound message each side effect of the screening workflow was last written for, so a message handled again
-- after a crash (or delivered twice) never writes its replies or CRM events twice
create table screening_progress (
    candidate_id  uuid          not null references candidate (id) on delete cascade,
    step          varchar(20)   not null,
    message_id    varchar(200)  not null,
    written_at    timestamp with time zone not null,
    constraint screening_progress_pk primary key (candidate_id, step)
);
