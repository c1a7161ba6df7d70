/**
 * Single sign-on: OpenID Connect sign-in at the city's identity provider, its people's kyoso roles and department
 * read from configurable claims, their accounts linked by issuer and subject, and the portal's own token handed to
 * the page through a short-lived single-use code.
 */
package jp.kyoso.portal.sso;
