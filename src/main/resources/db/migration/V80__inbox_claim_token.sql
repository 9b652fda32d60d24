-- A fencing token: bumped at every claim. A worker's side effects commit only in a transaction that finds the inbox
-- row still PROCESSING under its token (and locks it), so a worker whose lease ran out while it was frozen, and whose
-- message another worker took over (or erasure deleted), can no longer write anything for it.
alter table inbox_message add column claim_token bigint not null default 0;
