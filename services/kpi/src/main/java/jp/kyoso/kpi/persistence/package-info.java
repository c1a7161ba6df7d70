/** The KPI read model: one batch writer for every fact table, Micronaut Data JDBC repositories to read it. */
package jp.kyoso.kpi.persistence;
