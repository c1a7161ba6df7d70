package jp.kyoso.web.security;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.filters.SecurityFilter;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Lets controllers declare a {@link CurrentUser} parameter. Anonymous callers bind {@code null} to a
 * {@code @Nullable CurrentUser}; a non-nullable one answers 401 rather than a confusing 400 "user is required".
 */
@Singleton
public class CurrentUserArgumentBinder implements TypedRequestArgumentBinder<CurrentUser> {

    private static final Argument<CurrentUser> TYPE = Argument.of(CurrentUser.class);

    @Override
    public Argument<CurrentUser> argumentType() {
        return TYPE;
    }

    @Override
    public BindingResult<CurrentUser> bind(ArgumentConversionContext<CurrentUser> context, HttpRequest<?> request) {
        if (!request.getAttributes().contains(SecurityFilter.KEY)) {
            // The security filter has not run (or security is disabled): nothing is known about the caller.
            return BindingResult.unsatisfied();
        }
        Optional<CurrentUser> user = request.getUserPrincipal(Authentication.class).map(CurrentUser::from);
        if (user.isEmpty() && !context.getArgument().isNullable()) {
            throw new AuthorizationException(null);
        }
        return () -> user;
    }
}
