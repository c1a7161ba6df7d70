package jp.kyoso.portal.account;

import java.util.Objects;
import java.util.UUID;

/**
 * The organisation a user acts for. The portal keeps only a copy of its id and name for the token and the page;
 * the co-creation service owns organisations.
 */
public record Organisation(UUID id, String name) {

    public Organisation {
        Objects.requireNonNull(id, "id");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An organisation needs a name");
        }
    }
}
