/**
 * The committee's decisions as the secretariat records them: the ranked decision pack, awards within the call's budget
 * and the fund's balance, and rejections.
 */
package jp.kyoso.fund.decision;
