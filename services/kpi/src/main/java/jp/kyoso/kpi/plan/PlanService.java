package jp.kyoso.kpi.plan;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import jp.kyoso.events.FiscalYear;
import jp.kyoso.web.paging.PageRequest;
import jp.kyoso.web.paging.PageResponse;
import jp.kyoso.web.problem.ConflictException;
import jp.kyoso.web.problem.FieldErrorKey;
import jp.kyoso.web.problem.InvalidInputException;
import jp.kyoso.web.problem.NotFoundException;
import jp.kyoso.kpi.drilldown.KpiFactRepository;
import jp.kyoso.kpi.shared.DimensionCount;

/** Plans and their indicators: creating plans, importing evaluation sheets into them, reading them back. */
@Singleton
public class PlanService {

    /** Codes appear in URLs and file names: letters, digits, dot, dash and underscore. */
    private static final Pattern CODE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$");
    private static final int MAX_NAME = 200;

    private final PlanStore store;
    private final ObservationStore observations;
    private final KpiFactRepository facts;
    private final Clock clock;

    public PlanService(PlanStore store, ObservationStore observations, KpiFactRepository facts, Clock clock) {
        this.store = store;
        this.observations = observations;
        this.facts = facts;
        this.clock = clock;
    }

    @Transactional
    public Plan create(String code, String name, String convention, String by) {
        List<FieldErrorKey> errors = new ArrayList<>();
        if (code == null || code.isBlank()) {
            errors.add(new FieldErrorKey("code", "Required"));
        } else if (!CODE.matcher(code).matches()) {
            errors.add(new FieldErrorKey("code", "plan.code.invalid"));
        }
        if (name == null || name.isBlank()) {
            errors.add(new FieldErrorKey("name", "Required"));
        } else if (name.strip().length() > MAX_NAME) {
            errors.add(new FieldErrorKey("name", "Size", 1, MAX_NAME));
        }
        AchievementConvention chosen = convention(convention, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Plan plan = new Plan(code, name.strip(), chosen, clock.instant(), by);
        if (!store.insert(plan)) {
            throw new ConflictException("plan.exists", code);
        }
        return plan;
    }

    /** Changes the plan's convention for 達成度; every figure and cross-check follows at once. */
    @Transactional
    public Plan changeConvention(String code, String convention) {
        Plan plan = store.find(code, true).orElseThrow(() -> new NotFoundException("resource.plan", code));
        List<FieldErrorKey> errors = new ArrayList<>();
        AchievementConvention chosen = convention(convention, errors);
        if (convention == null) {
            errors.add(new FieldErrorKey("achievementConvention", "Required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        store.setConvention(code, chosen);
        return new Plan(plan.code(), plan.name(), chosen, plan.createdAt(), plan.createdBy());
    }

    private static AchievementConvention convention(String value, List<FieldErrorKey> errors) {
        if (value == null || value.isBlank()) {
            return AchievementConvention.PROGRESS;
        }
        try {
            return AchievementConvention.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldErrorKey("achievementConvention", "plan.convention.unknown", value));
            return AchievementConvention.PROGRESS;
        }
    }

    /**
     * Reads the pasted table(s) and stores every row as an indicator of the plan, all or nothing: a row whose name
     * and SDG references an earlier row of the paste already has becomes the next repetition of that indicator
     * (reported in {@link EvaluationSheet#repeats()}), and each table's layout is kept for the export. Imports into
     * the same plan are serialised by locking the plan row, so two people pasting at once cannot interleave rows.
     */
    @Transactional
    public SheetImport importSheet(String code, String text, String by) {
        Plan plan = store.find(code, true).orElseThrow(() -> new NotFoundException("resource.plan", code));
        EvaluationSheet sheet = read(text);
        Instant now = clock.instant();
        List<UUID> tableIds = sheet.tables().stream()
                .map(table -> store.table(code, table.layout().header(), table.sections(), now, by)).toList();
        List<PlanIndicator> indicators = indicators(plan, sheet, tableIds::get, now, by);
        indicators.forEach(store::upsert);
        Map<String, PlanIndicator> stored = store.indicators(code).stream()
                .collect(Collectors.toMap(PlanIndicator::key, Function.identity()));
        return new SheetImport(plan, sheet, indicators.stream().map(indicator -> stored.get(indicator.key())).toList());
    }

    /** How a paste would be read and stored, storing nothing. */
    @Transactional(readOnly = true)
    public SheetImport preview(String code, String text, String by) {
        Plan plan = plan(code);
        EvaluationSheet sheet = read(text);
        return new SheetImport(plan, sheet, indicators(plan, sheet, table -> null, clock.instant(), by));
    }

    private static EvaluationSheet read(String text) {
        try {
            return EvaluationSheet.read(text);
        } catch (SheetFormatException e) {
            throw InvalidInputException.of("sheet", e.code(), e.args());
        }
    }

    /** One indicator per named row; a name and SDG references seen before in the paste is their next repetition. */
    private static List<PlanIndicator> indicators(Plan plan, EvaluationSheet sheet, IntFunction<UUID> tableId,
                                                  Instant now, String by) {
        Map<String, Integer> seen = new HashMap<>();
        List<PlanIndicator> indicators = new ArrayList<>();
        for (SheetRow row : sheet.rows()) {
            if (row.label().name().isEmpty()) {
                continue;
            }
            int occurrence = seen.merge(row.label().name() + "|" + PlanIndicator.sdgKey(row.label()), 1, Integer::sum);
            indicators.add(PlanIndicator.from(plan.code(), row, occurrence, tableId.apply(row.table()), now, by));
        }
        if (indicators.isEmpty()) {
            throw InvalidInputException.of("sheet", "sheet.noRows");
        }
        return indicators;
    }

    @Transactional(readOnly = true)
    public Plan plan(String code) {
        return store.find(code, false).orElseThrow(() -> new NotFoundException("resource.plan", code));
    }

    @Transactional(readOnly = true)
    public PageResponse<Plan> plans(PageRequest paging) {
        return PageResponse.of(store.list(paging.offset(), paging.size()), paging, store.count());
    }

    /** The plan's indicators; one bound to a partnership metric shows the metric's current figure as latest. */
    @Transactional(readOnly = true)
    public List<PlanIndicator> indicators(String code) {
        plan(code);
        return store.indicators(code).stream()
                .map(indicator -> indicator.boundMetric() == null ? indicator : indicator.withLatest(figure(indicator)))
                .toList();
    }

    /** The plan's table layouts, in the order first imported. */
    @Transactional(readOnly = true)
    public List<PlanTable> tables(String code) {
        plan(code);
        return store.tables(code);
    }

    /** Each indicator's approved values, oldest period first (indicators without any are absent). */
    @Transactional(readOnly = true)
    public Map<UUID, List<SheetValue>> approvedValues(String code) {
        return observations.approvedValues(code);
    }

    private SheetValue figure(PlanIndicator indicator) {
        FiscalYear year = FiscalYear.current(clock);
        List<DimensionCount> counts = indicator.label().cumulative()
                ? facts.countUpToYear(indicator.boundMetric(), year.year())
                : facts.countInYear(indicator.boundMetric(), year.year());
        long total = counts.stream().mapToLong(DimensionCount::total).sum();
        String unit = indicator.target().unit() != null ? indicator.target().unit() : indicator.latest().unit();
        return new SheetValue(year.japaneseLabel(), BigDecimal.valueOf(total), null, unit,
                List.of("連携KPI " + indicator.boundMetric() + " から自動集計"));
    }
}
