-- A synergy retained from the engine's proposals remembers which proposal it came from, so that the
-- proposal is not offered again; each participant has a role in it.
alter table synergy add column proposal_key varchar(400);
create index synergy_by_proposal on synergy (initiative_id, proposal_key);
alter table synergy_participant add column role varchar(20) default 'PARTNER' not null;
