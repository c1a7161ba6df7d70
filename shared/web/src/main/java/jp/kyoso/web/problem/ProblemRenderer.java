package jp.kyoso.web.problem;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.exceptions.UnsupportedMediaException;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.security.authentication.AuthenticationException;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolationException;
import jp.kyoso.correlation.CorrelationIds;
import jp.kyoso.web.correlation.RequestCorrelation;
import jp.kyoso.web.i18n.Messages;
import jp.kyoso.web.i18n.RequestLocale;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Decides what a failed request looks like to the client: the cause when we know it, else the status. Nothing from an
 * unknown exception (message, class, stack) ever reaches the response.
 */
@Singleton
public class ProblemRenderer {

    private final Messages messages;

    public ProblemRenderer(Messages messages) {
        this.messages = messages;
    }

    /** The problem for a request that ends with {@code status}, caused by {@code cause} when there is one. */
    public Problem render(HttpRequest<?> request, int status, @Nullable Throwable cause) {
        Locale locale = RequestLocale.of(request);
        String instance = request.getPath();
        if (cause instanceof ProblemException problem) {
            return application(problem, locale, instance);
        }
        if (cause instanceof ConstraintViolationException violations) {
            List<FieldError> errors = violations.getConstraintViolations().stream()
                    .map(ConstraintViolations::describe)
                    .map(v -> fieldError(locale, v.field(), v.code(), v.messageKey(), v.args()))
                    .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::code))
                    .toList();
            return invalidInput(locale, instance, errors);
        }
        if (cause instanceof UnsatisfiedArgumentException unsatisfied) {
            return invalidInput(locale, instance, List.of(required(locale, unsatisfied.getArgument())));
        }
        if (cause instanceof UnsatisfiedRouteException unsatisfied) {
            return invalidInput(locale, instance, List.of(required(locale, unsatisfied.getArgument())));
        }
        if (cause instanceof ConversionErrorException conversion) {
            String field = requestName(conversion.getArgument());
            return invalidInput(locale, instance, List.of(fieldError(locale, field, "Invalid", "Invalid")));
        }
        if (cause instanceof JsonSyntaxException || isJacksonProcessingException(cause)) {
            return generic("malformed-body", 400, locale, instance);
        }
        if (cause instanceof AuthorizationException authorization) {
            return authorization.isForbidden()
                    ? generic("forbidden", 403, locale, instance)
                    : generic("unauthorized", 401, locale, instance);
        }
        if (cause instanceof AuthenticationException) {
            return generic("authentication-failed", 401, locale, instance);
        }
        if (isDataException(cause)) {
            return generic("unstorable-input", 400, locale, instance);
        }
        if (cause instanceof UnsupportedMediaException unsupported) {
            return generic("unsupported-media-type", 415, locale, instance, String.valueOf(unsupported.getContentType()));
        }
        return byStatus(request, status, locale, instance);
    }

    private Problem byStatus(HttpRequest<?> request, int status, Locale locale, String instance) {
        return switch (status) {
            case 400 -> generic("bad-request", status, locale, instance);
            case 401 -> generic("unauthorized", status, locale, instance);
            case 403 -> generic("forbidden", status, locale, instance);
            case 404 -> generic("not-found", status, locale, instance);
            case 405 -> generic("method-not-allowed", status, locale, instance, request.getMethodName());
            case 406 -> generic("not-acceptable", status, locale, instance);
            case 409 -> generic("conflict", status, locale, instance);
            case 413 -> generic("payload-too-large", status, locale, instance);
            case 415 -> generic("unsupported-media-type", status, locale, instance,
                    request.getContentType().map(MediaType::toString).orElse(""));
            case 429 -> generic("too-many-requests", status, locale, instance);
            case 503 -> generic("unavailable", status, locale, instance);
            default -> status >= 500
                    ? generic("internal", status, locale, instance, RequestCorrelation.of(request)
                            .or(CorrelationIds::current).orElse("-"))
                    : generic("error", status, locale, instance);
        };
    }

    private Problem application(ProblemException exception, Locale locale, String instance) {
        int status = exception.status().getCode();
        if (exception instanceof InvalidInputException invalid) {
            return invalidInput(locale, instance, invalid.errors().stream()
                    .map(key -> fieldError(locale, key.field(), key.code(), key.code(), key.args()))
                    .toList());
        }
        if (exception instanceof NotFoundException notFound) {
            return new Problem(Problem.type("not-found"), messages.get(locale, "problem.not-found.title"), status,
                    // The id as text: MessageFormat would print 12345 as "12,345".
                    messages.get(locale, "problem.resource-not-found.detail",
                            messages.get(locale, notFound.resourceKey()), String.valueOf(notFound.id())),
                    instance, List.of());
        }
        if (exception instanceof ConflictException conflict) {
            return new Problem(Problem.type(conflict.code()), messages.get(locale, "problem.conflict.title"), status,
                    messages.get(locale, conflict.code(), conflict.args()), instance, List.of());
        }
        if (exception instanceof MalformedBodyException malformed) {
            return generic(malformed.code(), status, locale, instance, malformed.args());
        }
        ForbiddenException forbidden = (ForbiddenException) exception;
        return new Problem(Problem.type(forbidden.code()), messages.get(locale, "problem.forbidden.title"), status,
                messages.get(locale, forbidden.code()), instance, List.of());
    }

    private Problem invalidInput(Locale locale, String instance, List<FieldError> errors) {
        return new Problem(Problem.type("invalid-input"), messages.get(locale, "problem.invalid-input.title"), 400,
                messages.get(locale, "problem.invalid-input.detail", errors.size()), instance, errors);
    }

    private Problem generic(String code, int status, Locale locale, String instance, Object... args) {
        return new Problem(Problem.type(code), messages.get(locale, "problem." + code + ".title"), status,
                messages.get(locale, "problem." + code + ".detail", args), instance, List.of());
    }

    private FieldError required(Locale locale, Argument<?> argument) {
        return fieldError(locale, requestName(argument), "Required", "Required");
    }

    private FieldError fieldError(Locale locale, String field, String code, String messageKey, Object... args) {
        // A service-specific code without a bundle entry still gets a readable, localised message.
        String message = messages.find(locale, messageKey, args)
                .or(() -> messages.find(locale, code, args))
                .orElseGet(() -> messages.get(locale, "Invalid"));
        return new FieldError(field, code, message);
    }

    // The name the client used (@QueryValue("page-size") int size -> "page-size"), not the Java parameter name.
    private static String requestName(Argument<?> argument) {
        return argument.getAnnotationMetadata().stringValue(Bindable.class)
                .filter(name -> !name.isBlank())
                .orElse(argument.getName());
    }

    /**
     * The database refused a value of the request as data (SQLSTATE class 22: a NUL character in text, a date or
     * number beyond its column's range, ...). Validation should have said so with the field; this keeps such a gap
     * a 400 instead of a 500, and the transaction it happened in was rolled back, so nothing was written.
     */
    private static boolean isDataException(@Nullable Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("22")) {
                return true;
            }
        }
        return false;
    }

    // Jackson is optional on the classpath (serde-jackson does not need jackson-databind), so match by name.
    private static boolean isJacksonProcessingException(@Nullable Throwable cause) {
        for (Class<?> type = cause == null ? null : cause.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getName().equals("com.fasterxml.jackson.core.JsonProcessingException")) {
                return true;
            }
        }
        return false;
    }
}
