/** The benchmark harness: the platform measured against bare PostgreSQL and Kafka clients on the same machine. */
package jp.kyoso.bench;
