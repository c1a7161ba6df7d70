/**
 * An organisation's public profile: achievements, declaration standings, grants and authored ideas, fed by other
 * services' events.
 */
package jp.kyoso.cocreation.profile;
