package jp.kyoso.fund.grantapplication;

import java.util.ArrayList;
import java.util.List;
import jp.kyoso.fund.call.FundCall;
import jp.kyoso.fund.organisation.OrganisationReplica;

/** The automatic screening on submission against the call's eligibility rules; reasons are message keys. */
public final class Eligibility {

    public static final String NOT_MEMBER = "fund.eligibility.notMember";
    public static final String ORGANISATION_TYPE = "fund.eligibility.organisationType";
    public static final String DECLARATION = "fund.eligibility.declaration";

    private Eligibility() {
    }

    public static List<String> reasons(FundCall call, OrganisationReplica organisation, boolean activeDeclaration) {
        List<String> reasons = new ArrayList<>();
        if (organisation == null || !organisation.approved()) {
            reasons.add(NOT_MEMBER);
        }
        List<String> allowed = call.allowedTypes();
        if (!allowed.isEmpty() && (organisation == null || !allowed.contains(organisation.organisationType()))) {
            reasons.add(ORGANISATION_TYPE);
        }
        if (call.requireActiveDeclaration() && !activeDeclaration) {
            reasons.add(DECLARATION);
        }
        return reasons;
    }
}
