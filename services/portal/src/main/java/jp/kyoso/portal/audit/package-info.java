/** The audit trail: every domain event of every topic recorded once, who read which record, and the search over both. */
package jp.kyoso.portal.audit;
