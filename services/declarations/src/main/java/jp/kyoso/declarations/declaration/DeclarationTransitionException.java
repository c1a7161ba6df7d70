package jp.kyoso.declarations.declaration;

/** An action the declaration's current status does not allow, e.g. registering a draft or editing a registration. */
public class DeclarationTransitionException extends RuntimeException {

    private final DeclarationStatus current;

    public DeclarationTransitionException(DeclarationStatus current, String attempted) {
        super("Cannot " + attempted + " a declaration that is " + current);
        this.current = current;
    }

    public DeclarationStatus current() {
        return current;
    }
}
