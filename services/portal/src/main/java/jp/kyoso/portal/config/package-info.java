/** Start-up configuration and guards: the password hasher and the refusal of demo secrets outside demo mode. */
package jp.kyoso.portal.config;
