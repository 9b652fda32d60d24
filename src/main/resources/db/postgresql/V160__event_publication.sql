-- Spring Modulith's event publication registry (its schema v2 for PostgreSQL). Flyway owns every table, so this one is
-- made by the migration too, not by Modulith at start-up: the migration runs beside the start (SchemaMigration), and a
-- table made before it would leave Flyway a schema it did not make. "if not exists": Modulith made it until now.
create table if not exists event_publication (
    id                     uuid                     not null primary key,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
-- a hash index: a serialized event can be longer than a B-tree entry may be
create index if not exists event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index if not exists event_publication_by_completion_date_idx on event_publication (completion_date);
