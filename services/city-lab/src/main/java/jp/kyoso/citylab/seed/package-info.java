/** The seed replica: the solutions and technologies (シーズ) co-creation published, kept from its events for matching and discovery. */
package jp.kyoso.citylab.seed;
