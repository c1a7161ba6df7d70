/** The registry's replica of co-creation's membership decisions, which says who may declare. */
package jp.kyoso.declarations.organisation;
