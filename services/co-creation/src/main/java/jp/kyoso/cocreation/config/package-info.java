/** Co-creation's configuration beans and start-up tasks, such as the demo organisations of local mode. */
package jp.kyoso.cocreation.config;
