/** The fund's rules: money that never goes negative, calls, applications, conflicts of interest and scoring. */
package jp.kyoso.fund.domain;
