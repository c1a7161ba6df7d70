/** Events City Lab publishes: challenges drafted, proposals adopted, collaboration projects started. */
package jp.kyoso.events.citylab;
