/** An organisation's roster: invitations with their accept codes and mail, joining, roles and leaving. */
package jp.kyoso.cocreation.membership;
