package jp.kyoso.testsupport.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import jp.kyoso.apisample.SampleController;
import org.junit.jupiter.api.Test;

class ApiStyleTest {

    private static final String VIEW = "SampleController.ThingView.";

    @Test
    void reportsEachBrokenRuleOnceAndSkipsLegacyBindings() {
        List<String> found = ApiStyle.of("jp.kyoso.apisample").violations(List.of(SampleController.class));

        assertEquals(List.of(
                "GET /api/sample/things ?keyword: free text to search by is 'q'",
                "GET /api/sample/things/criteria: answers a whole list; answer a PageResponse (or name it as a"
                        + " bounded list)",
                "GET /api/sample/things: answers a whole list; answer a PageResponse (or name it as a bounded list)",
                "POST /api/sample/things/{id}/refinement: 'refinement' reads as a singular noun; a state change is"
                        + " a verb (start-refinement, approve), a sub-collection a plural noun",
                "POST /api/sample/things/{id}/signOff: 'signOff' is not kebab-case",
                VIEW + "created: a moment (Instant) is named …At",
                VIEW + "dueAt: a day (LocalDate) is not named …At; …On or the day's name",
                VIEW + "requestedAmount: a sum of money is named …Yen",
                "SampleController.Part.cost: a sum of money is named …Yen",
                "SampleController.Part.target: bare 'target'; say which target (sdgTarget"
                        + " for an SDG target, sdgTargets for a list)",
                "SampleController.ThingRequest.budget: a sum of money is named …Yen")
                .stream().sorted().toList(), found);
    }

    @Test
    void aListTheServiceNamesAsBoundedNeedsNoPaging() {
        List<String> found = ApiStyle.of("jp.kyoso.apisample").boundedList("/api/sample/things/criteria")
                .violations(List.of(SampleController.class));

        assertEquals(List.of(), found.stream().filter(line -> line.contains("/criteria")).toList());
    }

    @Test
    void splitsNamesIntoWords() {
        assertEquals(List.of("requested", "amount", "yen"), ApiStyle.words("requestedAmountYen"));
    }
}
