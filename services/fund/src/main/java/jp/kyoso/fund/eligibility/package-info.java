/** Declarant eligibility: the fund's projection of the SDGs declaration registry, and the query over it. */
package jp.kyoso.fund.eligibility;
