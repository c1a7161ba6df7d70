/** Grant payments (助成金の支払) in tranches, never more than awarded. */
package jp.kyoso.fund.payment;
