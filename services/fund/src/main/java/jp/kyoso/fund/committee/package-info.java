/** The fund's committee, learnt from the portal's account events: who may be assigned to review. */
package jp.kyoso.fund.committee;
