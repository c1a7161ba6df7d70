/** KPI use cases: recording facts from events and answering KPI queries per fiscal year. */
package jp.kyoso.kpi.application;
