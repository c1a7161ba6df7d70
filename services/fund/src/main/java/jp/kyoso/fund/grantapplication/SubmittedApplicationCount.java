package jp.kyoso.fund.grantapplication;

import jakarta.inject.Singleton;
import java.util.EnumSet;
import java.util.UUID;
import jp.kyoso.fund.call.SubmittedApplications;

/** Submitted means screened: eligible or not; drafts and withdrawn applications do not count. */
@Singleton
class SubmittedApplicationCount implements SubmittedApplications {

    private final GrantApplicationRepository applications;

    SubmittedApplicationCount(GrantApplicationRepository applications) {
        this.applications = applications;
    }

    @Override
    public long countOf(UUID callId) {
        return applications.countByCallIdAndStatusIn(callId,
                EnumSet.of(ApplicationStatus.ELIGIBLE, ApplicationStatus.INELIGIBLE));
    }
}
