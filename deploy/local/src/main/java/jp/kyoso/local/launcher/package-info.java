/** The whole platform on one machine with only a JDK: embedded PostgreSQL and Kafka, every service as a child process. */
package jp.kyoso.local.launcher;
