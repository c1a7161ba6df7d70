/** The {@code app_user} table behind the domain's user store, via Micronaut Data JDBC. */
package jp.kyoso.portal.persistence;
