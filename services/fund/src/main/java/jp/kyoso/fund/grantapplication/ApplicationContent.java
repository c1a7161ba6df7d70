package jp.kyoso.fund.grantapplication;

import java.util.List;

/** What an applicant writes: the project, its SDG targets, its budget and what it expects to achieve. */
public record ApplicationContent(String title, String plan, List<String> sdgTargets, List<BudgetItem> budget,
                                 long totalCostYen, long requestedYen, String expectedOutcomes, String kpis) {

    public ApplicationContent {
        sdgTargets = List.copyOf(sdgTargets);
        budget = List.copyOf(budget);
    }

    /** One line of the budget as the applicant writes it. */
    public record BudgetItem(String item, long amountYen) {
    }

    public long budgetSum() {
        return budget.stream().mapToLong(BudgetItem::amountYen).reduce(0L, Math::addExact);
    }
}
