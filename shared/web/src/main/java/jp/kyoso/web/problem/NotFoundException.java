package jp.kyoso.web.problem;

import io.micronaut.http.HttpStatus;

/**
 * A resource the caller named does not exist (or must not be seen by the caller): 404.
 * {@code resourceKey} is the message key of the resource's name, e.g. {@code resource.challenge} = 課題.
 */
public final class NotFoundException extends ProblemException {

    private final String resourceKey;
    private final Object id;

    public NotFoundException(String resourceKey, Object id) {
        super("Not found: " + resourceKey + " " + id);
        this.resourceKey = resourceKey;
        this.id = id;
    }

    public String resourceKey() {
        return resourceKey;
    }

    public Object id() {
        return id;
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.NOT_FOUND;
    }
}
