package jp.kyoso.cocreation.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import jp.kyoso.web.problem.FieldErrorKey;
import jp.kyoso.web.problem.InvalidInputException;
import org.junit.jupiter.api.Test;

class SdgTargetsTest {

    @Test
    void targetsAreWrittenTheCataloguesWayOnceEach() {
        assertEquals(List.of("11.7", "3.d"), SdgTargets.validated(List.of("１１．７", " 11.7", "3.d"), "sdgTargets"));
    }

    @Test
    void anUnknownTargetIsAFieldErrorNamingIt() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> SdgTargets.validated(List.of("11.7", "18.1", "11"), "sdgTargets"));

        assertEquals(List.of(new FieldErrorKey("sdgTargets", "sdg.unknown", "18.1, 11")), refused.errors());
    }
}
