/** Event handlers that project other services' events into KPI facts, once each through the inbox. */
package jp.kyoso.kpi.messaging;
