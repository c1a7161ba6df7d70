/** The shared language of kyoso's services: domain events, their CloudEvents envelope, topics and JSON Schemas. */
package jp.kyoso.events;
