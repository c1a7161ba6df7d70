/** Events City Lab publishes: challenges, proposals, invitations, field experiments and collaboration projects. */
package jp.kyoso.events.citylab;
