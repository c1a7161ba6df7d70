/** Real PostgreSQL and Kafka for every module's integration tests, started once per JVM and shared. */
package jp.kyoso.testsupport;
