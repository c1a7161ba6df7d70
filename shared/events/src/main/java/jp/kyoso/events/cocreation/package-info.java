/** Events published by the co-creation service about organisations, members, meetings, issues and seeds. */
package jp.kyoso.events.cocreation;
