/** The KPI HTTP API under {@code /api/kpi}; public figures need no login. */
package jp.kyoso.kpi.web;
