/** Consumers of other contexts' events: membership decisions and collaboration projects. */
package jp.kyoso.fund.messaging;
