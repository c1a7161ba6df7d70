/** Handlers of co-creation's membership events, which tell the registry who may declare. */
package jp.kyoso.declarations.messaging;
