/** Evidence files on SDGs declarations (photos, reports, certificates), read like the declaration itself. */
package jp.kyoso.declarations.attachment;
