/**
 * Signing in and sessions: the authentication provider behind {@code POST /login}, the tokens the portal issues, what
 * they still oblige the person to do, and ending them early.
 */
package jp.kyoso.portal.sessions;
