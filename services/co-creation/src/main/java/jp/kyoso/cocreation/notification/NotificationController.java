package jp.kyoso.cocreation.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.cocreation.follow.Digest;
import jp.kyoso.cocreation.follow.DigestService;
import jp.kyoso.cocreation.follow.DigestView;
import jp.kyoso.web.i18n.Messages;
import jp.kyoso.web.i18n.RequestLocale;
import jp.kyoso.web.paging.PageRequest;
import jp.kyoso.web.paging.PageResponse;
import jp.kyoso.web.security.CurrentUser;

/** The caller's own in-app notifications; nobody can read or mark anyone else's. */
@Controller("/api/cocreation/notifications")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Notifications")
public class NotificationController {

    private final NotificationService notifications;
    private final DigestService digests;
    private final Messages messages;

    public NotificationController(NotificationService notifications, DigestService digests, Messages messages) {
        this.notifications = notifications;
        this.digests = digests;
        this.messages = messages;
    }

    @Get
    @Operation(summary = "The caller's notifications, newest first (unread=true for unread ones only)")
    public PageResponse<NotificationView> list(@Nullable @QueryValue Boolean unread, PageRequest paging,
                                               CurrentUser user, HttpRequest<?> request) {
        Page<Notification> found = notifications.of(user.userId(), Boolean.TRUE.equals(unread),
                Pageable.from(paging.page(), paging.size(), Sort.of(Sort.Order.desc("createdAt"))));
        Locale locale = RequestLocale.of(request);
        return PageResponse.of(found.getContent().stream().map(n -> NotificationView.of(n, messages, locale)).toList(),
                paging, found.getTotalSize());
    }

    @Get("/unread-count")
    @Operation(summary = "How many unread notifications the caller has (for the portal's badge)")
    public Map<String, Long> unreadCount(CurrentUser user) {
        return Map.of("unread", notifications.unread(user.userId()));
    }

    @Post("/{id}/read")
    @Operation(summary = "Mark one of the caller's notifications read")
    public NotificationView markRead(UUID id, CurrentUser user, HttpRequest<?> request) {
        return NotificationView.of(notifications.markRead(id, user.userId()), messages, RequestLocale.of(request));
    }

    @Get("/digests")
    @Operation(summary = "The caller's daily digests of followed working groups and meetings, newest first")
    public PageResponse<DigestView> digests(PageRequest paging, CurrentUser user, HttpRequest<?> request) {
        Page<Digest> found = digests.of(user.userId(),
                Pageable.from(paging.page(), paging.size(), Sort.of(Sort.Order.desc("digestDate"))));
        Locale locale = RequestLocale.of(request);
        return PageResponse.of(found.getContent().stream().map(d -> new DigestView(d.id(), d.digestDate(),
                d.entryCount(), d.createdAt(), digests.entries(d).stream().map(a -> new DigestView.Entry(a.kind(),
                        a.workingGroupId(), a.meetingId(), messages.get(locale, "activity." + a.kind().name(),
                        a.title()), a.occurredAt())).toList())).toList(), paging, found.getTotalSize());
    }

    @Post("/read-all")
    @Operation(summary = "Mark all of the caller's notifications read")
    public Map<String, Long> markAllRead(CurrentUser user) {
        return Map.of("marked", notifications.markAllRead(user.userId()));
    }
}
