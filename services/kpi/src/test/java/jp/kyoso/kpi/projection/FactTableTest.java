package jp.kyoso.kpi.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import jp.kyoso.kpi.citylab.CityLabFact;
import jp.kyoso.kpi.citylab.CityLabMetric;
import jp.kyoso.kpi.declaration.DeclarantStatusChange;
import jp.kyoso.kpi.declaration.DeclarantStatusKind;
import org.junit.jupiter.api.Test;

/** The COPY text a poll's facts become: what PostgreSQL reads back must be exactly the facts' values. */
class FactTableTest {

    @Test
    void valuesAreTabSeparatedInComponentOrderWithTheirPlaceInThePollLast() {
        FactTable<DeclarantStatusChange> table = FactTable.of(DeclarantStatusChange.class, "declaration_status_change",
                "event_id");
        Instant at = Instant.parse("2026-04-01T00:00:00Z");

        String text = table.copyText(List.of(
                DeclarantStatusChange.of("e1", "d1", DeclarantStatusKind.REGISTERED, at),
                DeclarantStatusChange.of("e2", "d1", DeclarantStatusKind.LAPSED, at)));

        assertEquals("e1\td1\tREGISTERED\ttrue\t2026-04-01T00:00:00Z\t2026\t0\n"
                + "e2\td1\tLAPSED\tfalse\t2026-04-01T00:00:00Z\t2026\t1\n", text);
    }

    @Test
    void aMissingValueIsNullAndSeparatorsInsideAValueAreEscaped() {
        FactTable<CityLabFact> table = FactTable.of(CityLabFact.class, "citylab_fact", "fact_id");
        CityLabFact fact = CityLabFact.at("e\t1", "type\\with\nbreak\r", CityLabMetric.PROPOSALS_RECEIVED,
                CityLabFact.ALL, Instant.parse("2026-05-01T00:00:00Z"), "a1", null);

        assertEquals("e\\t1/PROPOSALS_RECEIVED\te\\t1\tPROPOSALS_RECEIVED\tALL\t2026\t2026-05-01T00:00:00Z\ta1\t"
                + "type\\\\with\\nbreak\\r\t\\N\t0\n", table.copyText(List.of(fact)));
    }
}
