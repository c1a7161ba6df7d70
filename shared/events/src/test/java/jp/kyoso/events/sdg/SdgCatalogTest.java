package jp.kyoso.events.sdg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SdgCatalogTest {

    @Test
    void holdsTheSeventeenGoalsAndTheHundredAndSixtyNineTargets() {
        assertEquals(17, SdgCatalog.goals().size());
        assertEquals(169, SdgCatalog.targets().size());
        assertEquals("住み続けられるまちづくりを", SdgCatalog.goal(11).orElseThrow().japanese());
        assertEquals(19, SdgCatalog.targets().stream().filter(t -> t.goal().number() == 17).count());
    }

    @Test
    void acceptsTargetsAsUsersTypeThemAndRejectsOthers() {
        assertTrue(SdgCatalog.isTarget("8.10"));
        assertTrue(SdgCatalog.isTarget("１２．ａ"));
        assertTrue(SdgCatalog.isTarget(" 4.A "));
        assertFalse(SdgCatalog.isTarget("4.8"));
        assertFalse(SdgCatalog.isTarget("18.1"));
        assertFalse(SdgCatalog.isTarget(null));
        assertEquals(List.of("4.8", "x"), SdgCatalog.unknownTargets(List.of("4.1", "4.8", "x")));
    }

    @Test
    void assignsEveryGoalToOneSideWithPartnershipOutsideTheThreePillars() {
        assertEquals(SdgSide.ENVIRONMENT, SdgCatalog.goal(13).orElseThrow().side());
        assertEquals(SdgSide.ECONOMY, SdgCatalog.goal(8).orElseThrow().side());
        assertEquals(SdgSide.SOCIETY, SdgCatalog.goal(4).orElseThrow().side());
        assertFalse(SdgCatalog.goal(17).orElseThrow().side().isPillar());
        assertEquals(List.of(4, 11), SdgCatalog.goalsOf(List.of("11.2", "4.2", "4.4", "nonsense"))
                .stream().map(SdgGoal::number).toList());
    }

    @Test
    void readsReferencesTheWayEvaluationSheetsWriteThem() {
        List<String> unknown = new ArrayList<>();
        SdgCatalog.SdgReferences refs = SdgCatalog.parseReferences("【11.2,11.3】、４．a 7 99.9", unknown::add);
        assertEquals(List.of("11.2", "11.3", "4.a"), refs.targets());
        assertEquals(List.of(7), refs.goals());
        assertEquals(List.of("99.9"), unknown);
    }
}
