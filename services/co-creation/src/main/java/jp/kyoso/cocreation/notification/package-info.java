/** In-app notifications addressed to one person, written in the transaction of the change they report. */
package jp.kyoso.cocreation.notification;
