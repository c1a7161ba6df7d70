package jp.kyoso.kpi.citylab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import jp.kyoso.kpi.shared.MetricCount;

class CityLabKpisTest {

    @Test
    void theHeadlineAddsBothCityLabTypesAndRatesComeFromWholeCounts() {
        // The first real year: 17 applications, 2 adoptions.
        CityLabKpis kpis = CityLabKpis.of(2024, "2024年度", LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31),
                List.of(new MetricCount("PROJECTS_STARTED", "CHALLENGE", 2),
                        new MetricCount("PROJECTS_STARTED", "FIELD_EXPERIMENT", 1),
                        new MetricCount("PROPOSALS_RECEIVED", "ALL", 17),
                        new MetricCount("PROPOSALS_ADOPTED", "ALL", 2), new MetricCount("INVITATIONS_SENT", "ALL", 5),
                        new MetricCount("INVITATIONS_CONVERTED", "ALL", 1),
                        new MetricCount("INVITATIONS_UNANSWERED", "ALL", 2)), 4L);

        assertEquals(3, kpis.newCollaborationProjects().inYear());
        assertEquals(2, kpis.newCollaborationProjects().fromChallenges());
        assertEquals(4, kpis.newCollaborationProjects().cumulative());
        assertEquals(new BigDecimal("11.8"), kpis.proposals().adoptionRatePercent());
        assertEquals(new BigDecimal("33.3"), kpis.invitations().conversionRatePercent());
        assertEquals(0, kpis.challengesPublished());
    }

    @Test
    void aRateWithNothingToDivideByIsAbsentNotZero() {
        CityLabKpis kpis = CityLabKpis.of(2030, "FY2030", LocalDate.of(2030, 4, 1), LocalDate.of(2031, 3, 31),
                List.of(), 0L);

        assertNull(kpis.proposals().adoptionRatePercent());
        assertNull(kpis.invitations().conversionRatePercent());
        assertEquals(new BigDecimal("100.0"), CityLabKpis.percent(3, 3));
    }
}
