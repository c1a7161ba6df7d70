/** Start-up checks that keep a production process from running with credentials written into its config files. */
package jp.kyoso.web.config;
