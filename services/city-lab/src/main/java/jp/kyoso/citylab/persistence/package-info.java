/** City Lab's tables in PostgreSQL through Micronaut Data JDBC, including the trigram similarity queries. */
package jp.kyoso.citylab.persistence;
