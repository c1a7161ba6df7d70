/**
 * The committee's review: assigning reviewers within the load cap, scoring applications on the call's criteria, and
 * evaluating funded projects' final reports.
 */
package jp.kyoso.fund.review;
