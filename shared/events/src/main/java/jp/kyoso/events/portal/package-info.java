/** Events of the portal's accounts: created, roles changed, deactivated and reactivated by an administrator. */
package jp.kyoso.events.portal;
