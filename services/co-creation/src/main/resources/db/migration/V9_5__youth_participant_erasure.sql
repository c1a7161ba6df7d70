-- Erasure of a youth participant (issue 9): nickname becomes the pseudonym, real name and guardian contact go;
-- when and by whom is kept on the row, so erasing again is recognised and changes nothing.
alter table youth_participant add column erased_at timestamptz;
alter table youth_participant add column erased_by text;
