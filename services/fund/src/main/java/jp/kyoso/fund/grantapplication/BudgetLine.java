package jp.kyoso.fund.grantapplication;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.util.UUID;

/** One item of a project's budget breakdown, in yen. */
@MappedEntity("budget_line")
public record BudgetLine(@Id UUID id, UUID applicationId, int position, String item, long amountYen) {
}
