/** The kpi service: KPI projection: partnership KPIs from events, plan KPIs, evaluation sheets. */
package jp.kyoso.kpi;
