/** The fund's KPIs: contributions pledged and received by source, applications, awards and payments, projected from the fund's events. */
package jp.kyoso.kpi.fund;
