/**
 * What several co-creation features share: who is calling, SDG target codes, the SDG search parameters and escaping
 * text for LIKE searches.
 */
package jp.kyoso.cocreation.shared;
