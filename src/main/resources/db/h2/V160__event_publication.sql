-- Spring Modulith's event publication registry (its schema v2 for H2). Flyway owns every table, so this one is made
-- by the migration too, not by Modulith at start-up: the migration runs beside the start (SchemaMigration), and a
-- table made before it would leave Flyway a schema it did not make. "if not exists": Modulith made it until now.
create table if not exists event_publication (
    id                     uuid                       not null primary key,
    completion_date        timestamp(9) with time zone,
    event_type             varchar(512)               not null,
    listener_id            varchar(512)               not null,
    publication_date       timestamp(9) with time zone not null,
    serialized_event       varchar(4000)              not null,
    status                 varchar(20),
    completion_attempts    int,
    last_resubmission_date timestamp(9) with time zone
);
create index if not exists event_publication_by_listener_id_and_serialized_event_idx
    on event_publication (listener_id, serialized_event);
create index if not exists event_publication_by_completion_date_idx on event_publication (completion_date);
