package jp.kyoso.kpi.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An indicator as the import answers it and the indicator list shows it; every field is always present.
 * {@code row} is the row it was read from (rows of one name are told apart by it and by {@code sdgRefs});
 * {@code position} its place in the plan; {@code repeatOf} the earlier row of the same paste naming the same
 * indicator (import answer only). {@code computedAchievement} follows the plan's {@code achievementConvention};
 * {@code reportedConvention} names the convention the sheet's own figure follows, if any. {@code history} holds the
 * approved observations, oldest period first (empty in an import's answer): with the baseline and the latest value
 * they are the indicator's trend. {@code targetValue} is the sheet's target figure (目標値), not an SDG target.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record IndicatorView(@Nullable String id, int row, int position, @Nullable String no,
                            @Nullable String initiative, String name, List<String> sdgRefs, @Nullable String side,
                            @Nullable String crossLink, boolean cumulative, ValueView baseline, ValueView latest,
                            ValueView targetValue, Direction direction, boolean maintainTarget,
                            AchievementConvention achievementConvention, @Nullable BigDecimal computedAchievement,
                            @Nullable BigDecimal reportedAchievement, AchievementCheck check,
                            @Nullable AchievementConvention reportedConvention, ProgressStatus status,
                            @Nullable String boundMetric, @Nullable Integer repeatOf, List<NarrativeView> narratives,
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

    /** Words the sheet wrote beside the indicator: {@code column} is FIELD, CONTENT, PROGRESS_NOTE, REMARKS or GROUP. */
    @Serdeable
    public record NarrativeView(String column, String header, String text) {

        static NarrativeView of(Narrative narrative) {
            return new NarrativeView(narrative.column(), narrative.header(), narrative.text());
        }
    }

    static IndicatorView of(PlanIndicator indicator, AchievementConvention convention, List<SheetValue> approved,
                            @Nullable Integer repeatOf) {
        Achievement achievement = indicator.figures().achievement(convention);
        CrossCheck check = indicator.figures().check(convention);
        List<String> notes = new ArrayList<>(indicator.notes());
        indicator.baseline().notes().forEach(note -> notes.add("当初値: " + note));
        indicator.latest().notes().forEach(note -> notes.add("実績: " + note));
        indicator.target().notes().forEach(note -> notes.add("目標値: " + note));
        notes.addAll(achievement.notes());
        return new IndicatorView(indicator.id() == null ? null : indicator.id().toString(),
                indicator.sheetRow() > 0 ? indicator.sheetRow() : indicator.position(), indicator.position(),
                indicator.no(), indicator.initiative(), indicator.label().name(), indicator.label().sdgRefs(),
                indicator.label().side(), indicator.label().crossLink(), indicator.label().cumulative(),
                ValueView.of(indicator.baseline()), ValueView.of(indicator.latest()), ValueView.of(indicator.target()),
                indicator.figures().direction(), indicator.figures().maintainTarget(), convention, achievement.rate(),
                indicator.reported(), check.check(), check.reportedConvention(), indicator.figures().status(),
                indicator.boundMetric(), repeatOf, indicator.narratives().stream().map(NarrativeView::of).toList(),
                notes, approved.stream().map(ValueView::of).toList());
    }
}
