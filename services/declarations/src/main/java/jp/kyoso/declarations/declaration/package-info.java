/** Drafting, review, registration, renewal and revocation of a declaration and its commitments. */
package jp.kyoso.declarations.declaration;
