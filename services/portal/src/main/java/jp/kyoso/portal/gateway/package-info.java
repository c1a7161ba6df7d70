/** The one origin for every API: routes {@code /api/<service>/**} to its service and answers its failures itself. */
package jp.kyoso.portal.gateway;
