/** Start-up configuration and guards: service routes for the gateway and the refusal of demo secrets outside demo mode. */
package jp.kyoso.portal.config;
