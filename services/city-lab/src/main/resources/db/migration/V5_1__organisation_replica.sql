-- One name for the organisation replica in every service (issue 21): City Lab's copy of the organisations
-- co-creation approved is the organisation_replica, as in fund and declarations.
alter table approved_organisation rename to organisation_replica;
alter table organisation_replica rename constraint approved_organisation_pkey to organisation_replica_pkey;
