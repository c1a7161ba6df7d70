/** Demo data entered through the portal's public API, as applicants, staff and the secretariat would enter it. */
package jp.kyoso.local.demo;
