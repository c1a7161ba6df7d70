-- Issue 21: one name for the replica of co-creation's organisations in every service (organisation_replica),
-- matching the OrganisationReplica record. Only the name changes; rows and constraints stay.
alter table member_organisation rename to organisation_replica;
alter index member_organisation_pkey rename to organisation_replica_pkey;
