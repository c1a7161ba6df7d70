/** Yearly progress reports and the clock-driven sweep that reminds, flags overdue and lapses declarations. */
package jp.kyoso.declarations.report;
