/** {@code ./kyoso up} and the platform the tests start: embedded PostgreSQL and Kafka, every service as a child JVM. */
package jp.kyoso.local.launcher;
