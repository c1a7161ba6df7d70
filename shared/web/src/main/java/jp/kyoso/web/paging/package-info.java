/**
 * Offset pagination: controllers declare a {@link jp.kyoso.web.paging.PageRequest} parameter, bound from the
 * {@code page} (0-based, default 0) and {@code size} (default 20, at most 100) query parameters, and answer a
 * {@link jp.kyoso.web.paging.PageResponse}.
 */
package jp.kyoso.web.paging;
