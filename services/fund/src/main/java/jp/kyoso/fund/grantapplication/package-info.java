/**
 * Grant applications (助成申請) by approved member organisations: drafts, the budget, submission with eligibility
 * screening, withdrawal and the final report.
 */
package jp.kyoso.fund.grantapplication;
