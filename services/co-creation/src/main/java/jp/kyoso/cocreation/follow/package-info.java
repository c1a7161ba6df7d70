/** Following meetings and working groups: the activity log, the daily digest and its job. */
package jp.kyoso.cocreation.follow;
