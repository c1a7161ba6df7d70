/** Plan KPIs: indicators read from evaluation sheets (様式1), their observations, achievement rate and status, and the sheet's export. */
package jp.kyoso.kpi.plan;
