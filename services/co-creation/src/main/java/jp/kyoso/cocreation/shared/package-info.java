/** What several co-creation features share: who is calling, SDG target codes and escaping text for LIKE searches. */
package jp.kyoso.cocreation.shared;
