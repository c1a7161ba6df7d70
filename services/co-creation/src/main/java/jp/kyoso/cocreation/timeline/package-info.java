/** One timeline per organisation: every event about it across City Lab, declarations and the fund, with links. */
package jp.kyoso.cocreation.timeline;
