/** Events the well-being & SDGs fund publishes: contributions, calls, applications, decisions, payments. */
package jp.kyoso.events.fund;
