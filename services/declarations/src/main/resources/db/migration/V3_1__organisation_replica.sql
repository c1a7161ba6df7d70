-- One name for the organisation replica in every service (issue 21): the registry's copy of co-creation's
-- membership decisions. A rename keeps the rows, so no event needs replaying.
alter table known_organisation rename to organisation_replica;
alter index known_organisation_pkey rename to organisation_replica_pkey;
