/** Administrators manage the programme's accounts: staff, secretariat, committee and admins, and the first admin. */
package jp.kyoso.portal.administration;
