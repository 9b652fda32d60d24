-- Where the message last written for a step stands in its conversation (provider timestamp, then inbox id): a message
-- that comes before it is never applied after it. Null for rows written before this column existed.
alter table screening_progress add column message_sent_at timestamp with time zone;
alter table screening_progress add column inbox_id bigint;
