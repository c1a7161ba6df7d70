/** The audit trail's event side: every domain event of every topic, recorded once. */
package jp.kyoso.portal.messaging;
