-- Self-service sign-up: a new person has no role until they accept an invitation to an organisation (then MEMBER),
-- so an account may have no role; the e-mail they gave is kept for the secretariat to match the invitation.
alter table app_user drop constraint app_user_has_role;
alter table app_user add column email text;
