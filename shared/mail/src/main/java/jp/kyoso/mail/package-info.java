/** E-mail: a mail outbox written in the caller's transaction, file templates, and the SMTP relay that drains it. */
package jp.kyoso.mail;
