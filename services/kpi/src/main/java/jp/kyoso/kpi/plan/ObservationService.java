package jp.kyoso.kpi.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import jp.kyoso.web.problem.ConflictException;
import jp.kyoso.web.problem.FieldErrorKey;
import jp.kyoso.web.problem.InvalidInputException;
import jp.kyoso.web.problem.NotFoundException;
import jp.kyoso.kpi.drilldown.DrillDownMetrics;

/**
 * Staff report an indicator's values period by period; the secretariat approves or rejects them. The latest
 * approved value becomes the indicator's latest; a correction for an approved period supersedes the old value.
 */
@Singleton
public class ObservationService {

    private static final int MAX_TEXT = 500;

    private final PlanStore plans;
    private final ObservationStore observations;
    private final Clock clock;

    public ObservationService(PlanStore plans, ObservationStore observations, Clock clock) {
        this.plans = plans;
        this.observations = observations;
        this.clock = clock;
    }

    /** What a member of staff reports: {@code value} is a figure ({@code 21,771}) or a statement ({@code 全校実施}). */
    @Serdeable
    public record Report(@Nullable String period, @Nullable String value, @Nullable String unit,
                         @Nullable String comment) {
    }

    @Transactional
    public Observation submit(String planCode, UUID indicatorId, Report report, String by) {
        PlanIndicator indicator = indicator(planCode, indicatorId, false);
        if (indicator.boundMetric() != null) {
            throw new ConflictException("observation.bound", indicator.boundMetric());
        }
        List<FieldErrorKey> errors = new ArrayList<>();
        if (report.period() == null || report.period().isBlank()) {
            errors.add(new FieldErrorKey("period", "Required"));
        } else if (PeriodDates.endOf(report.period()).isEmpty()) {
            errors.add(new FieldErrorKey("period", "observation.period.invalid"));
        }
        if (report.value() == null || report.value().isBlank()) {
            errors.add(new FieldErrorKey("value", "Required"));
        } else if (report.value().length() > MAX_TEXT) {
            errors.add(new FieldErrorKey("value", "Size", 1, MAX_TEXT));
        }
        if (report.comment() != null && report.comment().length() > MAX_TEXT) {
            errors.add(new FieldErrorKey("comment", "Size", 0, MAX_TEXT));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        SheetValue read = SheetValueParser.parse(report.value());
        String unit = report.unit() == null || report.unit().isBlank() ? read.unit() : report.unit().strip();
        SheetValue value = new SheetValue(report.period().strip(), read.number(), read.text(), unit, List.of());
        Observation observation = Observation.submit(indicatorId, value, blankToNull(report.comment()), by,
                clock.instant());
        observations.insert(observation);
        return observation;
    }

    @Transactional
    public Observation approve(String planCode, UUID indicatorId, UUID observationId, String by) {
        indicator(planCode, indicatorId, true); // one decision per indicator at a time
        Observation pending = pending(indicatorId, observationId);
        Instant now = clock.instant();
        Observation approved = pending.approve(by, now);
        for (Observation earlier : observations.history(indicatorId)) {
            if (earlier.state() == ObservationState.APPROVED && earlier.samePeriodAs(approved)) {
                observations.updateDecision(earlier.supersededBy(approved.id()));
            }
        }
        observations.updateDecision(approved);
        observations.history(indicatorId).stream()
                .filter(observation -> observation.state() == ObservationState.APPROVED)
                .max(Comparator.comparing(Observation::periodEnd).thenComparing(Observation::decidedAt))
                .ifPresent(latest -> plans.updateLatest(indicatorId, latest.value(), now, by));
        return approved;
    }

    @Transactional
    public Observation reject(String planCode, UUID indicatorId, UUID observationId, String reason, String by) {
        indicator(planCode, indicatorId, true);
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "Required");
        }
        Observation rejected = pending(indicatorId, observationId).reject(by, clock.instant(), reason.strip());
        observations.updateDecision(rejected);
        return rejected;
    }

    @Transactional(readOnly = true)
    public List<Observation> history(String planCode, UUID indicatorId) {
        indicator(planCode, indicatorId, false);
        return observations.history(indicatorId);
    }

    /** Makes the indicator follow a partnership metric (or, with null, stop following it). */
    @Transactional
    public void bind(String planCode, UUID indicatorId, String metric) {
        indicator(planCode, indicatorId, true);
        if (metric != null && !DrillDownMetrics.ALL.contains(metric)) {
            throw InvalidInputException.of("metric", "indicator.metric.unknown", metric);
        }
        plans.bind(indicatorId, metric);
    }

    private PlanIndicator indicator(String planCode, UUID indicatorId, boolean lock) {
        return plans.indicator(planCode, indicatorId, lock)
                .orElseThrow(() -> new NotFoundException("resource.indicator", String.valueOf(indicatorId)));
    }

    private Observation pending(UUID indicatorId, UUID observationId) {
        Observation observation = observations.find(indicatorId, observationId)
                .orElseThrow(() -> new NotFoundException("resource.observation", String.valueOf(observationId)));
        if (observation.state() != ObservationState.PENDING) {
            throw new ConflictException("observation.notPending", observation.state().name());
        }
        return observation;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
