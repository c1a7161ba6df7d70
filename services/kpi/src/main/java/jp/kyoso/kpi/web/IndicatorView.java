package jp.kyoso.kpi.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import jp.kyoso.kpi.domain.plan.Achievement;
import jp.kyoso.kpi.domain.plan.AchievementCheck;
import jp.kyoso.kpi.domain.plan.PlanIndicator;
import jp.kyoso.kpi.domain.plan.ProgressStatus;
import jp.kyoso.kpi.domain.plan.SheetValue;

/**
 * An indicator as the import answers it and the indicator list shows it; every field is always present. {@code history}
 * holds the approved observations, oldest period first (empty in an import's answer): with the baseline and the
 * latest value they are the indicator's trend.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record IndicatorView(@Nullable String id, int row, @Nullable String no, @Nullable String initiative, String name,
                            List<String> sdgRefs, @Nullable String side, @Nullable String crossLink,
                            boolean cumulative, ValueView baseline, ValueView latest, ValueView target,
                            @Nullable BigDecimal computedAchievement, @Nullable BigDecimal reportedAchievement,
                            AchievementCheck check, ProgressStatus status, @Nullable String boundMetric,
                            List<String> notes, List<ValueView> history) {

    /**
     * A sheet value: {@code value} is the number, or the qualitative text ({@code 全校実施}), or null when the
     * sheet has none.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ValueView(@Nullable String period, @Nullable Object value, @Nullable String unit) {

        static ValueView of(SheetValue value) {
            return new ValueView(value.period(), value.isNumeric() ? value.number() : value.text(), value.unit());
        }
    }

    static IndicatorView of(PlanIndicator indicator) {
        return of(indicator, List.of());
    }

    static IndicatorView of(PlanIndicator indicator, List<SheetValue> approved) {
        Achievement achievement = indicator.achievement();
        List<String> notes = new ArrayList<>(indicator.notes());
        indicator.baseline().notes().forEach(note -> notes.add("当初値: " + note));
        indicator.latest().notes().forEach(note -> notes.add("実績: " + note));
        indicator.target().notes().forEach(note -> notes.add("目標値: " + note));
        notes.addAll(achievement.notes());
        return new IndicatorView(indicator.id() == null ? null : indicator.id().toString(), indicator.position(), indicator.no(), indicator.initiative(),
                indicator.label().name(), indicator.label().sdgRefs(), indicator.label().side(),
                indicator.label().crossLink(), indicator.label().cumulative(), ValueView.of(indicator.baseline()),
                ValueView.of(indicator.latest()), ValueView.of(indicator.target()), achievement.rate(),
                indicator.reported(), indicator.check(), indicator.status(), indicator.boundMetric(), notes,
                approved.stream().map(ValueView::of).toList());
    }
}
