/** What the City Lab tests share: the HTTP calls as each role, co-creation's events sent and City Lab's read back, a movable clock. */
package jp.kyoso.citylab.support;
