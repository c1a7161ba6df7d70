package jp.kyoso.kpi.projection;

import java.util.List;

/** Where the event handlers put the facts they derive; a test gives a list, the service {@link ProjectedFacts}. */
@FunctionalInterface
public interface FactRecorder {

    void record(List<? extends Fact> facts);
}
