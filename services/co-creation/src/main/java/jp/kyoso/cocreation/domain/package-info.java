/** Co-creation's domain: organisations and the rules of their membership; depends on no other package of the service. */
package jp.kyoso.cocreation.domain;
