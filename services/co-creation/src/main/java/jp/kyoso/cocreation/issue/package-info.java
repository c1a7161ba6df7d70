/**
 * The issue board: members raise, endorse and discuss local issues; the secretariat merges them and promotes them to
 * City Lab, whose answers come back through the inbox.
 */
package jp.kyoso.cocreation.issue;
