-- The project's title as City Lab announced it, so an applicant can choose the project its application continues by
-- name. Rows projected before this column stay without one (the portal then shows the project's id).
alter table collaboration_partner add column project_title text;
