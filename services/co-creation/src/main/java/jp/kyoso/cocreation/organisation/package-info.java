/**
 * Member organisations: applications, corporate numbers, approval, suspension and withdrawal, the council-member CSV
 * import and the demo organisations.
 */
package jp.kyoso.cocreation.organisation;
