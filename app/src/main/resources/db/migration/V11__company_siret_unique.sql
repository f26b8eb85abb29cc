-- An establishment is recorded once per initiative: the form and the API already refuse a SIRET another
-- company of the initiative has, and this constraint closes the race between two requests (the loser
-- gets the same 400 on "siret"). A company without SIRET (null) is not concerned: a unique constraint
-- allows any number of nulls on H2 and PostgreSQL. The demo data and the earlier migrations hold no
-- duplicate; a database that does (only an import naming a SIRET twice could write one) must have it
-- resolved first (docs/decisions/0026).
alter table company add constraint company_siret_unique unique (initiative_id, siret);
