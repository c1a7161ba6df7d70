/** What every user does with their own credentials: change the password, reset it by mail, enrol a TOTP app. */
package jp.kyoso.portal.credentials;
