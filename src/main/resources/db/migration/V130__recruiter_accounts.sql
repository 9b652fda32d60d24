-- Recruiters who sign in to the console (module recruiter, docs/access.md). The e-mail is unique whatever its case:
-- the application stores it lower-cased and the unique index is on the stored value.
create table recruiter (
    id                uuid          primary key,
    email             varchar(320)  not null,
    display_name      varchar(200)  not null,
    role              varchar(20)   not null,
    password_hash     varchar(500),
    enabled           boolean       not null default true,
    -- failed sign-ins in a row, counted again from 1 when the last one is older than the lock-out window
    failed_attempts   integer       not null default 0,
    last_failed_at    timestamp with time zone,
    locked_until      timestamp with time zone,
    created_at        timestamp with time zone not null,
    constraint recruiter_role_check check (role in ('ADMIN', 'RECRUITER')),
    constraint recruiter_email_lower_check check (email = lower(email))
);
create unique index recruiter_email_idx on recruiter (email);
