/** The drill-down: the events behind any figure of any programme, read from the kpi_fact view, optionally one organisation's only. */
package jp.kyoso.kpi.drilldown;
