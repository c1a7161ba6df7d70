/** Sessions: the tokens the portal issues, what they still oblige the person to do, and ending them early. */
package jp.kyoso.portal.sessions;
