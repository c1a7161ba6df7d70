package jp.kyoso.declarations.declaration;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.kyoso.events.sdg.SdgCatalog;
import jp.kyoso.events.sdg.SdgSide;

/**
 * The registry's balance rule (as in Kumamoto's and Nagano's schemes): commitments must reach the economy, society and
 * environment. Goal 17 (partnership) spans all three and so counts for none of them.
 */
public final class ThreeSides {

    private ThreeSides() {
    }

    /** The pillars no commitment reaches, in economy, society, environment order; empty when the rule holds. */
    public static List<SdgSide> missing(Collection<String> targetCodes) {
        Set<SdgSide> covered = EnumSet.noneOf(SdgSide.class);
        targetCodes.forEach(code -> SdgCatalog.target(code).ifPresent(target -> covered.add(target.goal().side())));
        return Arrays.stream(SdgSide.values()).filter(SdgSide::isPillar).filter(side -> !covered.contains(side))
                .toList();
    }
}
