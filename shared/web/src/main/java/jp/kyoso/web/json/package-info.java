/**
 * Strict reading of JSON request bodies: UTF-8 only, exactly one JSON value, and every field in its own JSON type.
 */
package jp.kyoso.web.json;
