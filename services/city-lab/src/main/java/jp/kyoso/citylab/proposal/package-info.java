/** Proposals to published challenges: submitted by approved members, confidential between competitors, shortlisted, declined or adopted. */
package jp.kyoso.citylab.proposal;
