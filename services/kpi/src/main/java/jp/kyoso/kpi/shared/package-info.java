/** Helpers every feature of the service uses: count rows and the fiscal year a request asks about. */
package jp.kyoso.kpi.shared;
