/** Concierge matching: organisations ranked for a published challenge by their seeds, the reasons in the caller's language, and invitations with their outcomes. */
package jp.kyoso.citylab.matching;
