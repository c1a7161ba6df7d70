/** How events become facts: the handler each programme's factory declares, the one batch writer of every fact table, and the tables a rebuild empties. */
package jp.kyoso.kpi.projection;
