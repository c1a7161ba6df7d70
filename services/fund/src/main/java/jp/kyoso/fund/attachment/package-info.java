/** Files attached to fund applications (plan, budget sheet) and to their final reports, read like the application. */
package jp.kyoso.fund.attachment;
