package jp.kyoso.kpi.rebuild;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import jp.kyoso.messaging.inbox.InboxConsumer;
import jp.kyoso.messaging.inbox.ReplayStatus;
import jp.kyoso.web.problem.ConflictException;
import jp.kyoso.web.security.Roles;

/**
 * Rebuilds the event projections from the start of every topic: after a bug fix in a handler, or to prove the
 * figures follow from the events alone. Plan indicators people entered are not touched.
 */
@Controller("/api/kpi/rebuild")
@Tag(name = "Operations")
public class RebuildController {

    private final Optional<InboxConsumer> consumer;

    public RebuildController(Optional<InboxConsumer> consumer) {
        this.consumer = consumer;
    }

    @Post
    @Secured(Roles.ADMIN)
    @Operation(summary = "Start rebuilding the partnership KPIs from the start of every topic (202; poll GET)")
    public HttpResponse<ReplayStatus> rebuild() {
        return HttpResponse.accepted().body(running().replayFromStart());
    }

    @Get
    @Secured({Roles.ADMIN, Roles.SECRETARIAT})
    @Operation(summary = "Where the last rebuild stands")
    public ReplayStatus status() {
        return running().replayStatus();
    }

    private InboxConsumer running() {
        return consumer.orElseThrow(() -> new ConflictException("rebuild.consumerDisabled"));
    }
}
