/** Settings and beans the messaging library needs from its host service. */
package jp.kyoso.messaging.config;
