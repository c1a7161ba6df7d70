/** Events the SDGs declaration registry publishes over a declaration's life. */
package jp.kyoso.events.declarations;
