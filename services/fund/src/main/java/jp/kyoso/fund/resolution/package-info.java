/** Resolutions of the fund's executive committee (実行委員会): meeting date, members present and result, per call. */
package jp.kyoso.fund.resolution;
