/** KPI domain: partnership facts derived from events and the figures computed from them; no other package used. */
package jp.kyoso.kpi.domain;
