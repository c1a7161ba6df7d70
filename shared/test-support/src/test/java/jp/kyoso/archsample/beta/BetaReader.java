package jp.kyoso.archsample.beta;

import jp.kyoso.archsample.alpha.AlphaRepository;
import jp.kyoso.archother.OtherThing;

/** Reads alpha's table (a cycle, since alpha answers beta's notice) and imports another service. */
public class BetaReader {
    private final AlphaRepository alpha;

    public BetaReader(AlphaRepository alpha) {
        this.alpha = alpha;
    }

    public OtherThing read(String id) {
        return new OtherThing(alpha.find(id));
    }
}
