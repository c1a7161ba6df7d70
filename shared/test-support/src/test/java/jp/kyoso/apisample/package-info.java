/** A made-up service's controller for ApiStyleTest: one of each style mistake, and old names kept as legacy. */
package jp.kyoso.apisample;
