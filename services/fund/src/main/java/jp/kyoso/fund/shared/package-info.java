/**
 * Helpers every fund feature uses: paging of short lists, translated views, the small request bodies and the state-
 * transition error.
 */
package jp.kyoso.fund.shared;
