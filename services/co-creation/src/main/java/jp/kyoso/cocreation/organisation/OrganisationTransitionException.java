package jp.kyoso.cocreation.organisation;

/** A decision that the organisation's current status does not allow, e.g. approving one already rejected. */
public class OrganisationTransitionException extends RuntimeException {

    private final OrganisationStatus current;

    public OrganisationTransitionException(OrganisationStatus current, String attempted) {
        super("Cannot " + attempted + " an organisation that is " + current);
        this.current = current;
    }

    public OrganisationStatus current() {
        return current;
    }
}
