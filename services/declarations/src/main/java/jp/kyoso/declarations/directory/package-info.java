/** The public directory of declarants and the registry's open data (CSV, JSON); no sign-in needed. */
package jp.kyoso.declarations.directory;
