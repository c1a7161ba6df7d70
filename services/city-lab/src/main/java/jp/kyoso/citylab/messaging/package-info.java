/** What City Lab learns from co-creation: approved organisations, seeds, and issues promoted to challenges. */
package jp.kyoso.citylab.messaging;
