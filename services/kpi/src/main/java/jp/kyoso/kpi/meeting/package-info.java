/** Meetings held and their participants per fiscal year, projected from co-creation's meeting events. */
package jp.kyoso.kpi.meeting;
