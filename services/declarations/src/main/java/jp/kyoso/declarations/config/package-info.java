/** Wiring of the declarations service: the schedule that drives time-based transitions. */
package jp.kyoso.declarations.config;
