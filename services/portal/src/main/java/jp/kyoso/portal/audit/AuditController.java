package jp.kyoso.portal.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import jp.kyoso.web.paging.PageRequest;
import jp.kyoso.web.paging.PageResponse;
import jp.kyoso.web.problem.FieldErrorKey;
import jp.kyoso.web.problem.InvalidInputException;
import jp.kyoso.web.security.Roles;

/**
 * The audit trail for administrators: sign-ins, relayed API calls and domain events in one list, newest first.
 * Served by the portal itself: {@code audit} is no service segment, so the gateway lets it through.
 */
@Controller("/api/audit")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "audit")
public class AuditController {

    /** Tokyo days: an administrator asking for "2026-04-01" means the city's day. */
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final int MAX_FILTER = 200;

    private final AuditTrail trail;

    public AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @Get
    @Secured(Roles.ADMIN)
    @Operation(summary = "Who did what to which record and when: access records and events, newest first (ADMIN)",
            description = "user: a user id or username; record: a record id (event aggregate, or part of an API "
                    + "path); from (inclusive) and to (exclusive): an ISO date-time with offset, or a date "
                    + "(Tokyo day)")
    public PageResponse<AuditEntryView> find(@Nullable @QueryValue String user, @Nullable @QueryValue String record,
                                         @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                                         PageRequest paging) {
        List<FieldErrorKey> errors = new ArrayList<>();
        String userFilter = text("user", user, errors);
        String recordFilter = text("record", record, errors);
        Instant fromTime = time("from", from, errors);
        Instant toTime = time("to", to, errors);
        if (fromTime != null && toTime != null && !fromTime.isBefore(toTime)) {
            errors.add(new FieldErrorKey("to", "audit.to-before-from"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        AuditQuery query = new AuditQuery(userFilter, recordFilter, fromTime, toTime);
        long offset = (long) paging.page() * paging.size();
        List<AuditEntry> entries = offset > Integer.MAX_VALUE ? List.of()
                : trail.find(query, (int) offset, paging.size());
        return PageResponse.of(entries.stream().map(AuditEntryView::of).toList(), paging, trail.count(query));
    }

    private static String text(String field, @Nullable String value, List<FieldErrorKey> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > MAX_FILTER) {
            errors.add(new FieldErrorKey(field, "Size.max", MAX_FILTER));
            return null;
        }
        return stripped;
    }

    private static Instant time(String field, @Nullable String value, List<FieldErrorKey> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        try {
            return stripped.length() == 10 ? LocalDate.parse(stripped).atStartOfDay(TOKYO).toInstant()
                    : OffsetDateTime.parse(stripped).toInstant();
        } catch (DateTimeException e) {
            errors.add(new FieldErrorKey(field, "audit.time"));
            return null;
        }
    }
}
