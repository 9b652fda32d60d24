-- Workers claim inbox messages one conversation at a time. in_flight_phone holds the phone of a message while it is
-- being processed (null otherwise); the unique constraint makes "one message per conversation in flight" a database
-- guarantee that holds across service instances, without advisory locks (which H2 lacks).
alter table inbox_message add column in_flight_phone varchar(32);
alter table inbox_message add constraint inbox_message_in_flight_uk unique (in_flight_phone);

-- what the dead-letter list shows without parsing payloads
alter table inbox_message add column message_type varchar(20);
alter table inbox_message add column dead_at timestamp with time zone;
