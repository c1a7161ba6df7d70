/** The co-creation service: co-creation platform (共創推進プラットフォーム): member organisations, working groups, meetings, issue board, seeds. */
package jp.kyoso.cocreation;
