/**
 * The seed catalogue (シーズ): member organisations' solutions and technologies, which City Lab matches to the city's
 * needs.
 */
package jp.kyoso.cocreation.seed;
