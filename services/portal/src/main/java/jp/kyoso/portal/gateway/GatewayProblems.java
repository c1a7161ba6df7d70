package jp.kyoso.portal.gateway;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import jp.kyoso.web.i18n.Messages;
import jp.kyoso.web.i18n.RequestLocale;
import jp.kyoso.web.problem.Problem;

/**
 * The gateway's own problem+json answers, in the caller's language. Built as responses rather than thrown, because
 * they arise outside any route and must look the same whatever exception handlers are installed.
 */
@Singleton
public class GatewayProblems {

    private final Messages messages;

    GatewayProblems(Messages messages) {
        this.messages = messages;
    }

    public MutableHttpResponse<Problem> upstreamFailed(HttpRequest<?> request, String service, boolean timedOut) {
        Locale locale = RequestLocale.of(request);
        String code = timedOut ? "upstream-timeout" : "upstream-unavailable";
        String serviceName = messages.find(locale, "service." + service).orElse(service);
        return respond(timedOut ? HttpStatus.GATEWAY_TIMEOUT : HttpStatus.BAD_GATEWAY, request, locale, code,
                serviceName);
    }

    MutableHttpResponse<Problem> tooLarge(HttpRequest<?> request) {
        return respond(HttpStatus.REQUEST_ENTITY_TOO_LARGE, request, RequestLocale.of(request), "payload-too-large");
    }

    MutableHttpResponse<Problem> invalidPath(HttpRequest<?> request) {
        return respond(HttpStatus.BAD_REQUEST, request, RequestLocale.of(request), "invalid-path");
    }

    private MutableHttpResponse<Problem> respond(HttpStatus status, HttpRequest<?> request, Locale locale, String code,
                                                 Object... args) {
        Problem problem = new Problem(Problem.type(code), messages.get(locale, "problem." + code + ".title"),
                status.getCode(), messages.get(locale, "problem." + code + ".detail", args), request.getPath(),
                List.of());
        return HttpResponse.<Problem>status(status).contentType(Problem.MEDIA_TYPE).body(problem);
    }
}
