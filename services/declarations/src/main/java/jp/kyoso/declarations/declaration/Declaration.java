package jp.kyoso.declarations.declaration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import jp.kyoso.declarations.organisation.OrganisationReplica;
import jp.kyoso.events.cocreation.OrganisationType;
import jp.kyoso.events.declarations.LapseReason;

/**
 * An organisation's SDGs declaration (SDGs宣言). Immutable: every step returns the next state, which the application
 * service stores, version-checked, together with the step's event. Commitments live in their own rows.
 */
@MappedEntity("declaration")
public record Declaration(
        @Id UUID id,
        UUID organisationId,
        String organisationName,
        OrganisationType organisationType,
        String representativeName,
        String representativeTitle,
        String vision,
        DeclarationStatus status,
        @Nullable String registrationNumber,
        @Nullable Integer registeredFiscalYear,
        @Nullable Integer termStartFiscalYear,
        @Nullable Integer termEndFiscalYear,
        @Nullable Integer lastReportedFiscalYear,
        @Nullable String reviewComment,
        @Nullable String publicReason,
        @Nullable LapseReason lapseReason,
        String searchText,
        Instant createdAt,
        Instant updatedAt,
        String updatedBy,
        @Nullable Instant submittedAt,
        @Nullable Instant registeredAt,
        @Nullable @Version Long version) {

    public static Declaration draft(UUID id, OrganisationReplica organisation, DeclarationText text, Instant at,
                                    String by) {
        return new Declaration(id, organisation.organisationId(), organisation.name(),
                organisation.organisationType(), text.representativeName(), text.representativeTitle(), text.vision(),
                DeclarationStatus.DRAFT, null, null, null, null, null, null, null, null, "", at, at, by, null, null,
                null);
    }

    /** Drafts and returned declarations may be edited; the search text is recomputed by the caller. */
    public Declaration edit(DeclarationText text, String newSearchText, Instant at, String by) {
        require("edit", DeclarationStatus.DRAFT, DeclarationStatus.RETURNED);
        return new Declaration(id, organisationId, organisationName, organisationType, text.representativeName(),
                text.representativeTitle(), text.vision(), status, registrationNumber, registeredFiscalYear,
                termStartFiscalYear, termEndFiscalYear, lastReportedFiscalYear, reviewComment, publicReason,
                lapseReason, newSearchText, createdAt, at, by, submittedAt, registeredAt, version);
    }

    public DeclarationText text() {
        return new DeclarationText(representativeName, representativeTitle, vision);
    }

    public Declaration submit(Instant at, String by) {
        require("submit", DeclarationStatus.DRAFT, DeclarationStatus.RETURNED);
        return next(DeclarationStatus.SUBMITTED, reviewComment, at, by).withSubmittedAt(at);
    }

    public Declaration returnWith(String comment, Instant at, String by) {
        require("return", DeclarationStatus.SUBMITTED);
        return next(DeclarationStatus.RETURNED, comment, at, by);
    }

    /** Registration: the number and a term of three fiscal years starting with the fiscal year of registration. */
    public Declaration register(String number, int fiscalYear, Instant at, String by) {
        require("register", DeclarationStatus.SUBMITTED);
        return new Declaration(id, organisationId, organisationName, organisationType, representativeName,
                representativeTitle, vision, DeclarationStatus.REGISTERED, number, fiscalYear, fiscalYear,
                fiscalYear + ReportingCalendar.TERM_YEARS - 1, null, reviewComment, null, null, searchText, createdAt,
                at, by, submittedAt, at, version);
    }

    /** The fiscal year whose progress report is owed next: the registration year first, then one a year. */
    public int nextReportFiscalYear() {
        requireRegistered("report on");
        return lastReportedFiscalYear == null ? registeredFiscalYear : lastReportedFiscalYear + 1;
    }

    /** Filing a report clears the overdue flag and revives a declaration that lapsed for want of it. */
    public Declaration reported(int fiscalYear, Instant at, String by) {
        if (!(status.isActive() || (status == DeclarationStatus.LAPSED
                && lapseReason == LapseReason.REPORT_NOT_FILED))) {
            throw new DeclarationTransitionException(status, "report on");
        }
        return new Declaration(id, organisationId, organisationName, organisationType, representativeName,
                representativeTitle, vision, DeclarationStatus.REGISTERED, registrationNumber, registeredFiscalYear,
                termStartFiscalYear, termEndFiscalYear, fiscalYear, reviewComment, publicReason, null, searchText,
                createdAt, at, by, submittedAt, registeredAt, version);
    }

    public Declaration flagOverdue(Instant at) {
        require("flag as overdue", DeclarationStatus.REGISTERED);
        return next(DeclarationStatus.REPORT_OVERDUE, reviewComment, at, "system");
    }

    public Declaration lapse(LapseReason reason, Instant at) {
        require("lapse", DeclarationStatus.REGISTERED, DeclarationStatus.REPORT_OVERDUE);
        return new Declaration(id, organisationId, organisationName, organisationType, representativeName,
                representativeTitle, vision, DeclarationStatus.LAPSED, registrationNumber, registeredFiscalYear,
                termStartFiscalYear, termEndFiscalYear, lastReportedFiscalYear, reviewComment, publicReason, reason,
                searchText, createdAt, at, "system", submittedAt, registeredAt, version);
    }

    /**
     * Renewal extends the term by three fiscal years. It opens in the term's last fiscal year; a declaration that
     * lapsed because its term ended is renewed from the current fiscal year.
     */
    public Declaration renew(LocalDate today, int currentFiscalYear, Instant at, String by) {
        boolean termLapsed = status == DeclarationStatus.LAPSED && lapseReason == LapseReason.TERM_ENDED;
        if (!(status.isActive() || termLapsed)) {
            throw new DeclarationTransitionException(status, "renew");
        }
        if (!termLapsed && !ReportingCalendar.renewalOpen(termEndFiscalYear, today)) {
            throw new RenewalNotOpenException(termEndFiscalYear);
        }
        // A new term after a lapse starts now: reports are owed from the current fiscal year on, not for the gap.
        int newEnd = (termLapsed ? currentFiscalYear - 1 : termEndFiscalYear) + ReportingCalendar.TERM_YEARS;
        DeclarationStatus renewedStatus = termLapsed ? DeclarationStatus.REGISTERED : status;
        return new Declaration(id, organisationId, organisationName, organisationType, representativeName,
                representativeTitle, vision, renewedStatus, registrationNumber, registeredFiscalYear,
                termStartFiscalYear, newEnd, termLapsed ? Integer.valueOf(currentFiscalYear - 1)
                        : lastReportedFiscalYear, reviewComment, publicReason,
                termLapsed ? null : lapseReason, searchText, createdAt, at, by, submittedAt, registeredAt, version);
    }

    public Declaration revoke(String reason, Instant at, String by) {
        require("revoke", DeclarationStatus.REGISTERED, DeclarationStatus.REPORT_OVERDUE, DeclarationStatus.LAPSED);
        return new Declaration(id, organisationId, organisationName, organisationType, representativeName,
                representativeTitle, vision, DeclarationStatus.REVOKED, registrationNumber, registeredFiscalYear,
                termStartFiscalYear, termEndFiscalYear, lastReportedFiscalYear, reviewComment, reason, lapseReason,
                searchText, createdAt, at, by, submittedAt, registeredAt, version);
    }

    private void requireRegistered(String attempted) {
        if (registeredFiscalYear == null) {
            throw new DeclarationTransitionException(status, attempted);
        }
    }

    private void require(String attempted, DeclarationStatus... allowed) {
        if (!Set.of(allowed).contains(status)) {
            throw new DeclarationTransitionException(status, attempted);
        }
    }

    private Declaration next(DeclarationStatus nextStatus, @Nullable String comment, Instant at, String by) {
        return new Declaration(id, organisationId, organisationName, organisationType, representativeName,
                representativeTitle, vision, nextStatus, registrationNumber, registeredFiscalYear,
                termStartFiscalYear, termEndFiscalYear, lastReportedFiscalYear, comment, publicReason, lapseReason,
                searchText, createdAt, at, by, submittedAt, registeredAt, version);
    }

    private Declaration withSubmittedAt(Instant at) {
        return new Declaration(id, organisationId, organisationName, organisationType, representativeName,
                representativeTitle, vision, status, registrationNumber, registeredFiscalYear, termStartFiscalYear,
                termEndFiscalYear, lastReportedFiscalYear, reviewComment, publicReason, lapseReason, searchText,
                createdAt, updatedAt, updatedBy, at, registeredAt, version);
    }
}
