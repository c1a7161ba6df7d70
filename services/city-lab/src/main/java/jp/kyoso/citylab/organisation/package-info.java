/** The organisation replica: which member organisations co-creation approved, kept from its events and asked by every feature that lets an organisation take part. */
package jp.kyoso.citylab.organisation;
