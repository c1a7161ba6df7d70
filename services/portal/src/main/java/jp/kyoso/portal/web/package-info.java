/** HTTP adapters: the authentication provider behind {@code POST /login} and the gateway to the other services. */
package jp.kyoso.portal.web;
