package jp.kyoso.web.problem;

import io.micronaut.serde.annotation.Serdeable;

/**
 * One invalid input field: {@code field} is the request property path ({@code name}, {@code commitments[0].target}),
 * {@code code} is stable for clients to switch on ({@code NotBlank}, {@code Size}, {@code Required}, or a service key),
 * {@code message} is for people, already localised.
 */
@Serdeable
public record FieldError(String field, String code, String message) {
}
