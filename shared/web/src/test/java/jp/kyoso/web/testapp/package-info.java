/** A tiny controller that exercises every error path, for the embedded-server test. */
package jp.kyoso.web.testapp;
