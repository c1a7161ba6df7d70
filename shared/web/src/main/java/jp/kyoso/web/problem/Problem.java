package jp.kyoso.web.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * An RFC 9457 problem document. {@code type} is {@code urn:kyoso:problem:<code>}; {@code instance} is the request path;
 * {@code errors} (an extension member) is always present, empty unless the input was invalid.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, @Nullable String detail, @Nullable String instance,
                      List<FieldError> errors) {

    /** The media type every error response carries. */
    public static final String MEDIA_TYPE = MediaType.APPLICATION_JSON_PROBLEM;
    /** Prefix of every {@link #type}; the rest is the problem code. */
    public static final String TYPE_PREFIX = "urn:kyoso:problem:";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** The type URI for a problem code such as {@code invalid-input} or a service's conflict key. */
    public static String type(String code) {
        return TYPE_PREFIX + code;
    }
}
