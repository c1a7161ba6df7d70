/**
 * People's accounts: the user store and its {@code app_user} table, sign-up and invitations, the demo users, erasure
 * on request, and the administrators' management of staff, secretariat, committee and admin accounts incl. the first.
 */
package jp.kyoso.portal.account;
