package jp.kyoso.cocreation.domain;

/** Where an organisation stands with the platform. Only the secretariat moves it on from PENDING. */
public enum OrganisationStatus {
    PENDING,
    APPROVED,
    REJECTED
}
