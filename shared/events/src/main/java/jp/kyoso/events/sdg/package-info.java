/** The 17 SDG goals and 169 targets every service validates references against, and the sheets' way of citing them. */
package jp.kyoso.events.sdg;
