/** Event handlers, one factory per programme, projecting other services' events into KPI facts via the inbox. */
package jp.kyoso.kpi.messaging;
