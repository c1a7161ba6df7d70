/**
 * Conflicts of interest (利益相反): declared affiliations, the automatic rules, members' declarations and the append-only
 * register, and the gate in front of every committee read.
 */
package jp.kyoso.fund.conflict;
