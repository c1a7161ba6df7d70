/** Search parameters every service's public lists share: a Japanese keyword and an SDG goal or target. */
package jp.kyoso.web.search;
