/** Micronaut Data JDBC repositories over the declarations database. */
package jp.kyoso.declarations.persistence;
