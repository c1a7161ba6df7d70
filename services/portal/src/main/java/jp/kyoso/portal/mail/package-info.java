/** E-mail to people of the portal: mails about their organisation's outcomes, their preferences, the local mailbox. */
package jp.kyoso.portal.mail;
