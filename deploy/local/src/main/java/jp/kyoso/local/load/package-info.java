/** Load for benchmarks and fault tests: City Lab proposals over HTTP at a chosen rate. */
package jp.kyoso.local.load;
