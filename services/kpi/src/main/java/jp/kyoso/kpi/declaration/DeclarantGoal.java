package jp.kyoso.kpi.declaration;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import jp.kyoso.kpi.projection.Fact;

/** One goal a declarant committed to; the id joins declaration and goal so it is stored once. */
@MappedEntity("declaration_declarant_goal")
public record DeclarantGoal(@Id String id, String declarationId, int goal) implements Fact {

    public static DeclarantGoal of(String declarationId, int goal) {
        return new DeclarantGoal(declarationId + "/" + goal, declarationId, goal);
    }
}
