/**
 * The fund's replica of platform organisations (approved or rejected on co-creation) and of City Lab collaboration
 * partners, fed by their events.
 */
package jp.kyoso.fund.organisation;
