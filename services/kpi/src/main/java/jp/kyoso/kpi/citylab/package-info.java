/** City Lab's KPIs: challenges, proposals, field experiments, invitations and collaboration projects, projected from City Lab's events. */
package jp.kyoso.kpi.citylab;
