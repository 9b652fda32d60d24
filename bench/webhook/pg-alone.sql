-- pgbench script for bench/webhook/run.sh: PostgreSQL alone, for comparison. One durable single-row insert per
-- transaction into a copy of the inbox table (same columns, indexes and constraints), a payload of the size of the
-- benchmark's deliveries.
\set phone random(1, 5000)
insert into bench_pg_alone (provider, provider_message_id, phone, provider_timestamp, payload, state, message_type,
  available_at, received_at)
values ('meta', gen_random_uuid()::text, '3161' || lpad(:phone::text, 7, '0'), now(),
  '{"text": "' || repeat('I am looking for work. ', 12) || '"}', 'PENDING', 'TEXT', now(), now())
on conflict do nothing;
