/** Files attached to proposals and field-experiment proposals, with the same read rights as the proposal itself. */
package jp.kyoso.citylab.attachment;
