package jp.kyoso.declarations.declaration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import jp.kyoso.events.sdg.SdgSide;
import org.junit.jupiter.api.Test;

class ThreeSidesTest {

    @Test
    void oneTargetOnEachSideSatisfiesTheRule() {
        assertEquals(List.of(), ThreeSides.missing(List.of("8.5", "11.7", "13.3")));
    }

    @Test
    void theMissingSidesAreNamedInOrder() {
        assertEquals(List.of(SdgSide.SOCIETY, SdgSide.ENVIRONMENT), ThreeSides.missing(List.of("8.2", "12.5")));
        assertEquals(List.of(SdgSide.ECONOMY, SdgSide.SOCIETY, SdgSide.ENVIRONMENT), ThreeSides.missing(List.of()));
    }

    @Test
    void goalSeventeenCountsForNoSide() {
        assertEquals(List.of(SdgSide.ECONOMY, SdgSide.SOCIETY, SdgSide.ENVIRONMENT),
                ThreeSides.missing(List.of("17.17", "17.1")));
        assertEquals(List.of(SdgSide.ENVIRONMENT), ThreeSides.missing(List.of("8.5", "4.7", "17.17")));
    }

    @Test
    void fullWidthCodesAreRecognised() {
        assertEquals(List.of(), ThreeSides.missing(List.of("８.５", "１１.７", "１３.３")));
    }
}
