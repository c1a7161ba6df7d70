package jp.kyoso.web.paging;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import jakarta.inject.Singleton;
import jp.kyoso.web.problem.FieldErrorKey;
import jp.kyoso.web.problem.InvalidInputException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Binds a {@link PageRequest} controller parameter from the {@code page} and {@code size} query parameters. */
@Singleton
public class PageRequestArgumentBinder implements TypedRequestArgumentBinder<PageRequest> {

    private static final Argument<PageRequest> TYPE = Argument.of(PageRequest.class);

    @Override
    public Argument<PageRequest> argumentType() {
        return TYPE;
    }

    @Override
    public BindingResult<PageRequest> bind(ArgumentConversionContext<PageRequest> context, HttpRequest<?> request) {
        List<FieldErrorKey> errors = new ArrayList<>();
        Integer page = integer(request, PageRequest.PAGE_PARAMETER, errors);
        Integer size = integer(request, PageRequest.SIZE_PARAMETER, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Optional<PageRequest> pageRequest = Optional.of(PageRequest.of(page, size));
        return () -> pageRequest;
    }

    private static Integer integer(HttpRequest<?> request, String name, List<FieldErrorKey> errors) {
        String value = request.getParameters().get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            errors.add(new FieldErrorKey(name, "Invalid"));
            return null;
        }
    }
}
