/** Rebuilding the projections by replaying every topic into emptied fact tables. */
package jp.kyoso.kpi.rebuild;
