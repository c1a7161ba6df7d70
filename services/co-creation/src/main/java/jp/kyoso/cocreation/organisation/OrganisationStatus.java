package jp.kyoso.cocreation.organisation;

/**
 * Where an organisation stands with the platform. Only the secretariat moves it on from PENDING and suspends a
 * member; the organisation itself (or the secretariat) withdraws it. REJECTED and WITHDRAWN are final.
 */
public enum OrganisationStatus {
    PENDING,
    APPROVED,
    REJECTED,
    SUSPENDED,
    WITHDRAWN
}
