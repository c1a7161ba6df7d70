/** Plan KPIs: indicators with baseline, observations and target, read from evaluation sheets and checked. */
package jp.kyoso.kpi.domain.plan;
