/**
 * Every error a service returns is an RFC 9457 {@code application/problem+json} {@link jp.kyoso.web.problem.Problem}
 * with a localised title, detail and field messages; application code throws {@link jp.kyoso.web.problem.ProblemException}
 * subclasses that carry message keys, never display text.
 */
package jp.kyoso.web.problem;
