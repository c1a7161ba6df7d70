/** PostgreSQL repositories; money and budget updates are conditional UPDATEs that hold under concurrency. */
package jp.kyoso.fund.persistence;
