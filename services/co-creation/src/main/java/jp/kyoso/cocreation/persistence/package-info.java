/** Micronaut Data JDBC repositories over the co-creation database. */
package jp.kyoso.cocreation.persistence;
