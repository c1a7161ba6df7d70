package jp.kyoso.citylab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.kyoso.citylab.shared.RuleViolation;
import jp.kyoso.citylab.shared.TransitionException;
import org.junit.jupiter.api.Test;

class FieldExperimentTest {

    private static final Instant AT = Instant.parse("2026-06-01T00:00:00Z");
    private static final UUID ROADS = UUID.randomUUID();

    private final FieldExperiment proposed = FieldExperiment.proposed(UUID.randomUUID(), UUID.randomUUID(),
            new ExperimentPlan("自動配送ロボットの公道実証", "配送負担が減る", "道路", "中延", null, true,
                    LocalDate.of(2026, 10, 1), LocalDate.of(2027, 1, 31), "監視員が同行", "映像は保存しない",
                    List.of("9.1"), null), "member", AT);

    @Test
    void onlyAnExperimentWithHostsCanBeAgreedAndOnlyOnce() {
        assertThrows(TransitionException.class, () -> proposed.agreed(ROADS, UUID.randomUUID()));

        FieldExperiment agreed = proposed.hostAssigned().agreed(ROADS, UUID.randomUUID());
        assertEquals(ExperimentStatus.AGREED, agreed.status());
        assertEquals(ROADS, agreed.agreedDepartmentId());
        assertThrows(TransitionException.class, () -> agreed.agreed(ROADS, UUID.randomUUID()));
        assertThrows(TransitionException.class, agreed::hostAssigned);
    }

    @Test
    void afterEveryHostDeclinedTheSecretariatMayAskAnother() {
        FieldExperiment declined = proposed.hostAssigned().allHostsDeclined();

        assertEquals(ExperimentStatus.DECLINED, declined.status());
        assertEquals(ExperimentStatus.HOSTS_ASSIGNED, declined.hostAssigned().status());
    }

    @Test
    void aHostAnswersOnceWithItsReasonKept() {
        HostAssignment assignment = HostAssignment.assigned(proposed.id(), ROADS, "secretariat", AT);
        HostAssignment declined = assignment.decline("工事中のため提供できません", "staff", AT);

        assertEquals("工事中のため提供できません", declined.reason());
        assertEquals("experiment.alreadyAnswered",
                assertThrows(RuleViolation.class, () -> declined.accept("staff", AT)).code());
    }
}
