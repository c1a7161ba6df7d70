/** Helpers every feature of the service uses: count rows and the few lines of plain JDBC. */
package jp.kyoso.kpi.shared;
