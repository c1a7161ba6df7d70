/** Member organisations and issues as partnership KPIs, and the answer that gathers every programme's figures with its open-data CSV. */
package jp.kyoso.kpi.partnership;
