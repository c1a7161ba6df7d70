/** Micronaut Data JDBC repositories over the KPI read model. */
package jp.kyoso.kpi.persistence;
