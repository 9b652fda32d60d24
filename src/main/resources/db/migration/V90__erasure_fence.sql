-- The erasure fence (see docs/erasure.md). An erasure record keeps, for a while, a keyed hash of the erased phone
-- number: a message received before the erasure must not bring the candidate back. The hash is cleared after that
-- while, and the record is anonymous again.
alter table erasure_record add column phone_hash varchar(64);
create index erasure_record_phone_idx on erasure_record (phone_hash, erased_at);

-- the key of those hashes, made by the service on first use; without it a hash says nothing about a number
create table erasure_key (
    id      integer      primary key,
    secret  varchar(64)  not null
);

-- checkpoint threads of erased candidates: deleted at the erasure and again until settle_at, since a worker that
-- held one of their messages may still write a checkpoint; deleted_at stays null while the store could not be reached
create table erased_thread (
    thread_id   varchar(100)  primary key,
    erased_at   timestamp with time zone not null,
    settle_at   timestamp with time zone not null,
    deleted_at  timestamp with time zone,
    last_error  varchar(200)
);
