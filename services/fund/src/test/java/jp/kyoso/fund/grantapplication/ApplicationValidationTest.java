package jp.kyoso.fund.grantapplication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import jp.kyoso.fund.call.CallStatus;
import jp.kyoso.fund.call.FundCall;
import jp.kyoso.web.problem.FieldErrorKey;
import jp.kyoso.web.problem.InvalidInputException;
import org.junit.jupiter.api.Test;

class ApplicationValidationTest {

    private static final FundCall CALL = new FundCall(UUID.randomUUID(), "公募", "目的", "", false, 10_000_000, 2_000_000,
            2, 3, 0, 3, 10, false, Instant.EPOCH, Instant.EPOCH.plusSeconds(86_400), CallStatus.OPEN, 0, "s",
            Instant.EPOCH, 0L);

    @Test
    void aSoundApplicationPasses() {
        ApplicationService.validate(CALL, content(List.of("3.8", "11.7"), 2_400_000, 1_600_000));
    }

    @Test
    void everyBrokenRuleIsReportedOnItsField() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ApplicationService.validate(CALL, content(List.of("3.8", "18.1"), 2_500_000, 1_700_000)));
        assertEquals(Set.of("sdgTargets:fund.application.unknownSdgTarget", "totalCostYen:fund.application.totalMismatch",
                "requestedYen:fund.application.aboveSubsidyRate"), codes(e));
    }

    @Test
    void theMaximumGrantIsCheckedBeforeTheRate() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ApplicationService.validate(CALL, new ApplicationContent("t", "p", List.of("3.8"),
                        List.of(new ApplicationContent.BudgetItem("設備", 9_000_000)), 9_000_000, 2_000_001, "o", "k")));
        assertEquals(Set.of("requestedYen:fund.application.aboveMaxGrant"), codes(e));
    }

    private static Set<String> codes(InvalidInputException e) {
        return e.errors().stream().map(FieldErrorKey::field).collect(Collectors.toSet()).stream()
                .map(f -> f + ":" + e.errors().stream().filter(x -> x.field().equals(f)).findFirst().orElseThrow().code())
                .collect(Collectors.toSet());
    }

    private static ApplicationContent content(List<String> targets, long total, long requested) {
        return new ApplicationContent("見守り", "計画", targets, List.of(new ApplicationContent.BudgetItem("人件費", 1_800_000),
                new ApplicationContent.BudgetItem("機器", 600_000)), total, requested, "成果", "KPI");
    }
}
