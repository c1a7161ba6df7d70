package jp.kyoso.declarations.declaration;

import io.micronaut.serde.annotation.Serdeable;
import jp.kyoso.events.sdg.SdgSide;

/** A side of sustainability (economy, society, environment) with its label. */
@Serdeable
public record SideView(SdgSide side, String label) {

    static SideView of(SdgSide side, boolean english) {
        return new SideView(side, english ? side.english() : side.japanese());
    }
}
