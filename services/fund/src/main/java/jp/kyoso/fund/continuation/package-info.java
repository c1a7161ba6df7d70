/** Which City Lab collaboration project a fund application continues: checked, stored, carried on its event. */
package jp.kyoso.fund.continuation;
