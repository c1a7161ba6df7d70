/** PostgreSQL and Kafka without Docker, so tests and {@code ./kyoso up} run on any machine with a JDK. */
package jp.kyoso.testsupport.embedded;
