/**
 * Working groups (専門部会): formed by the secretariat, joined at once when open, by a request the lead or the secretariat
 * decides when closed.
 */
package jp.kyoso.cocreation.workinggroup;
