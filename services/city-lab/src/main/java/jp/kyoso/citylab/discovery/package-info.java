/** Discovery: the public challenge search (Japanese keyword, SDG goal or target, department, status) and the open challenges that fit a member's seeds. */
package jp.kyoso.citylab.discovery;
