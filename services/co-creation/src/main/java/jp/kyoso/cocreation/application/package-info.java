/** Use cases of the co-creation service: each runs in one transaction and records its events in the outbox. */
package jp.kyoso.cocreation.application;
