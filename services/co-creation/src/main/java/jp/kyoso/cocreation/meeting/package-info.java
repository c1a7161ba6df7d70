/**
 * Working groups' meetings: scheduling, registrations and attendance, minutes, action items, reminders and the rules
 * they keep.
 */
package jp.kyoso.cocreation.meeting;
