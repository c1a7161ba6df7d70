/**
 * What every user does with their own credentials (change the password, reset it by mail, enrol a TOTP app) and the
 * rules behind them: password rules and hashing, generated initial passwords, the sign-in throttle.
 */
package jp.kyoso.portal.credentials;
