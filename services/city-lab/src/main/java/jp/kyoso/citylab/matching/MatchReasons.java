package jp.kyoso.citylab.matching;

import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.stream.Collectors;
import jp.kyoso.web.i18n.Messages;

/** Why a seed and a challenge fit, in the caller's language: for concierge matching and for "challenges for my seeds". */
@Singleton
public class MatchReasons {

    private final Messages messages;

    public MatchReasons(Messages messages) {
        this.messages = messages;
    }

    public String of(MatchScore score, Locale locale) {
        String targets = score.sharedTargets().isEmpty() ? messages.get(locale, "match.none")
                : String.join(", ", score.sharedTargets());
        String goals = score.sharedGoals().isEmpty() ? messages.get(locale, "match.none")
                : score.sharedGoals().stream().map(String::valueOf).collect(Collectors.joining(", "));
        return messages.get(locale, "match.reason", targets, goals,
                Integer.toString(score.textSimilarityPercent()));
    }
}
