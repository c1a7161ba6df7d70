package jp.kyoso.kpi.declaration;

/** What moved a declaration in or out of the active set. */
public enum DeclarantStatusKind {
    REGISTERED(true),
    REACTIVATED(true),
    RENEWED(true),
    LAPSED(false),
    REVOKED(false);

    private final boolean active;

    DeclarantStatusKind(boolean active) {
        this.active = active;
    }

    public boolean active() {
        return active;
    }
}
