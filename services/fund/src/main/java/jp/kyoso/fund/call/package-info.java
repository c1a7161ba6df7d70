/**
 * Calls for applications (公募): set up as drafts, opened and closed, with their rules and scoring criteria fixed once
 * open.
 */
package jp.kyoso.fund.call;
