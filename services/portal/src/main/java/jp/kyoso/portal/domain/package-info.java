/** Accounts, organisations and password hashing: the portal's rules, free of frameworks and storage. */
package jp.kyoso.portal.domain;
