/** The portal service: the web front end and the one origin for every API. */
package jp.kyoso.portal;
