package jp.kyoso.web.problem;

import io.micronaut.context.annotation.Primary;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import jp.kyoso.correlation.CorrelationIds;
import jp.kyoso.web.correlation.RequestCorrelation;
import jp.kyoso.web.i18n.RequestLocale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces Micronaut's JSON/HTML error bodies: every built-in exception handler (no route, 405, 415, bad JSON,
 * conversion and binding errors, security rejections) and ours render through here into problem+json.
 */
@Primary
@Singleton
public class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorResponseProcessor.class);

    private final ProblemRenderer renderer;

    public ProblemErrorResponseProcessor(ProblemRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<Problem> processResponse(ErrorContext errorContext, MutableHttpResponse<?> response) {
        HttpRequest<?> request = errorContext.getRequest();
        Throwable cause = errorContext.getRootCause().orElse(null);
        int status = response.code();
        Problem problem = renderer.render(request, status, cause);
        log(request, problem.status(), cause);
        if (request.getMethod() == HttpMethod.HEAD) {
            return (MutableHttpResponse<Problem>) response;
        }
        if (problem.status() != status) {
            // The cause knows better than a generic handler (e.g. a ProblemException wrapped by a reactive stream).
            response.status(problem.status());
        }
        return response.body(problem)
                .contentType(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, RequestLocale.of(request).toLanguageTag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
    }

    private static void log(HttpRequest<?> request, int status, Throwable cause) {
        String correlationId = RequestCorrelation.of(request).or(CorrelationIds::current).orElse("-");
        if (status >= 500) {
            // The client only sees a generic message and the correlation id; the details live here.
            LOG.error("{} {} failed with {} [correlationId={}]", request.getMethodName(), request.getPath(), status,
                    correlationId, cause);
        } else if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} answered {} [correlationId={}]: {}", request.getMethodName(), request.getPath(), status,
                    correlationId, cause == null ? "-" : cause.toString());
        }
    }
}
