package jp.kyoso.fund.call;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.util.UUID;

/** A scoring criterion of a call: scored 1–5, weighted; one "not in total" is shown but not summed. */
@MappedEntity("call_criterion")
public record CallCriterion(@Id UUID id, UUID callId, int position, String code, String name, int weight,
                            boolean inTotal) {
}
