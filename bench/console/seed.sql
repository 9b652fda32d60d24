-- 10,000 candidates as an inbox holds them after a few months: every status, names, e-mails and cities to search,
-- three messages each (the inbox's figures on the row as the transcript keeps them), one in twenty handed off and
-- waiting for a recruiter, matched vacancies on the qualified ones.
insert into candidate (id, phone, profile_name, name, email, city, status, matched_vacancy_ids, consent_at, created_at,
  updated_at, last_message_at, awaiting_reply_since, assigned_to)
select md5('bench-candidate-' || n)::uuid,
       '3161' || lpad(n::text, 7, '0'),
       'Profile ' || n,
       (array['Anna', 'Bram', 'Daan', 'Eva', 'Finn', 'Iris', 'Jan', 'Lotte', 'Noor', 'Sem'])[1 + n % 10] || ' '
         || (array['Jansen', 'de Vries', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot',
                   'Bos', 'Vos', 'Peters', 'Hendriks'])[1 + n % 13],
       'candidate' || n || '@example.com',
       (array['Rotterdam', 'Utrecht', 'Amsterdam', 'Tilburg', 'Venlo', 'Eindhoven', 'Den Haag'])[1 + n % 7],
       (array['NEW', 'SCREENING', 'SCREENING', 'QUALIFIED', 'QUALIFIED', 'NOT_QUALIFIED', 'SHORTLISTED', 'REJECTED',
              'OPTED_OUT', 'HANDED_OFF'])[1 + n % 10],
       case when n % 10 in (3, 4, 6) then 'warehouse-rotterdam,forklift-tilburg' end,
       now() - (n || ' minutes')::interval,
       now() - (n || ' minutes')::interval - interval '1 hour',
       now() - (n || ' minutes')::interval,
       now() - (n || ' minutes')::interval,
       case when n % 10 = 9 and n % 20 = 19 then now() - (n || ' minutes')::interval end,
       case when n % 4 = 0 then 'anna@example.com' end
from generate_series(1, 10000) as n;

insert into message (id, candidate_id, direction, type, text, status, at, author)
select md5('bench-message-' || n || '-' || k)::uuid, md5('bench-candidate-' || n)::uuid,
       case when k = 2 then 'outbound' else 'inbound' end, 'text', 'Message ' || k || ' of candidate ' || n,
       case when k = 2 then 'read' end,
       now() - (n || ' minutes')::interval - ((3 - k) || ' minutes')::interval,
       null
from generate_series(1, 10000) as n, generate_series(1, 3) as k;

analyze candidate;
analyze message;
