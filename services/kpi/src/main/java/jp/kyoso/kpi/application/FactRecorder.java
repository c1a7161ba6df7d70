package jp.kyoso.kpi.application;

import java.util.List;
import jp.kyoso.kpi.domain.Fact;

/** Where the event handlers put the facts they derive; a test gives a list, the service {@link ProjectedFacts}. */
@FunctionalInterface
public interface FactRecorder {

    void record(List<? extends Fact> facts);
}
