/** The few calls the portal itself makes to the co-creation service (accepting an invitation for a new account). */
package jp.kyoso.portal.cocreation;
