/** End-to-end tests of the whole platform: browser and API journeys, fault tests and the production-style start. */
package jp.kyoso.local;
