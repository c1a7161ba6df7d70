/** The declaration registry's rules: declarations, commitments, the three sides, numbering, reporting calendar. */
package jp.kyoso.declarations.domain;
