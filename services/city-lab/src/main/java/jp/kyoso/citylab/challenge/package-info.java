/** Issue-solving challenges (課題解決型): drafts (also from promoted issues), refinement as kept versions, sign-off, publication, closing by deadline or by hand, archive. */
package jp.kyoso.citylab.challenge;
