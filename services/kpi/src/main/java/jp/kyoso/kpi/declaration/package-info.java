/** SDGs declarations as KPIs: active declarants by goal and organisation type, registrations, lapses and reports on time, projected from the registry's events. */
package jp.kyoso.kpi.declaration;
