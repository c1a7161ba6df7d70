package jp.kyoso.cocreation.meeting;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import jp.kyoso.web.problem.ConflictException;
import jp.kyoso.web.problem.Problem;
import jp.kyoso.web.problem.ProblemExceptionHandler;

/** A broken rule of working groups, meetings or youth proposals is a 409 problem in the caller's language. */
@Singleton
@Produces(Problem.MEDIA_TYPE)
public class MeetingRuleExceptionHandler implements ExceptionHandler<MeetingRuleException, HttpResponse<?>> {

    private final ProblemExceptionHandler problems;

    public MeetingRuleExceptionHandler(ProblemExceptionHandler problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, MeetingRuleException exception) {
        return problems.handle(request, new ConflictException(exception.code(), exception.args()));
    }
}
