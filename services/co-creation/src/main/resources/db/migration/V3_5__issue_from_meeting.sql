-- An issue raised from a meeting's action item belongs to no member organisation (the secretariat raised it).
alter table issue alter column organisation_id drop not null;
