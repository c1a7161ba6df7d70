/** Use cases of the declaration registry: each runs in one transaction and records its events in the outbox. */
package jp.kyoso.declarations.application;
