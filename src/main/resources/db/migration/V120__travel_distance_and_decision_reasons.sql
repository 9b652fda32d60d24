-- How far a candidate may live from a vacancy (straight line, km), and why the bot matched or screened a candidate
-- out: the reasons as a JSON array [{"vacancyId", "rule", "detail"}], replaced whenever matching runs again.
alter table vacancy add column max_travel_km integer default 30 not null;
alter table candidate add column decision_reasons varchar(20000);
