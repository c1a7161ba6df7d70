package jp.kyoso.cocreation.organisation;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.kyoso.web.problem.FieldErrorKey;
import jp.kyoso.web.problem.InvalidInputException;

/**
 * Bulk approval of the council's existing members from a CSV. All rows are checked first, against the file and
 * against the organisations already known; one bad row refuses the list (400 with an error per row and column) and
 * nothing is written. A clean list is applied in one transaction.
 */
@Singleton
public class CouncilMemberImport {

    private final OrganisationRepository organisations;
    private final OrganisationService organisationService;

    public CouncilMemberImport(OrganisationRepository organisations, OrganisationService organisationService) {
        this.organisations = organisations;
        this.organisationService = organisationService;
    }

    @Transactional
    public List<ImportedRow> approveAll(byte[] csv, String by) {
        return plan(csv).stream().map(plan -> apply(plan, by)).toList();
    }

    /** What {@link #approveAll} would do, row by row, writing nothing; the same 400 when a row is bad. */
    @Transactional(readOnly = true)
    public List<ImportedRow> preview(byte[] csv) {
        return plan(csv).stream().map(CouncilMemberImport::planned).toList();
    }

    private List<Plan> plan(byte[] csv) {
        CouncilMemberList list = CouncilMemberList.parse(csv);
        List<RowError> errors = new ArrayList<>(list.errors());
        List<Plan> plans = new ArrayList<>();
        for (CouncilMember member : list.members()) {
            Optional<Organisation> known = known(member);
            if (known.isPresent() && known.get().status() == OrganisationStatus.SUSPENDED) {
                errors.add(new RowError(member.row(), member.corporateNumber() == null ? "name" : "corporateNumber",
                        "csv.organisation.suspended"));
            } else {
                plans.add(new Plan(member, known.orElse(null)));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.stream().map(CouncilMemberImport::fieldError).toList());
        }
        return plans;
    }

    private static ImportedRow planned(Plan plan) {
        CouncilMember member = plan.member();
        if (plan.known() == null) {
            return new ImportedRow(member.row(), member.name(), null, ImportedRow.Outcome.CREATED, member);
        }
        ImportedRow.Outcome outcome = plan.known().status() == OrganisationStatus.PENDING
                ? ImportedRow.Outcome.APPROVED : ImportedRow.Outcome.ALREADY_MEMBER;
        return new ImportedRow(member.row(), member.name(), plan.known().id(), outcome, member);
    }

    private ImportedRow apply(Plan plan, String by) {
        CouncilMember member = plan.member();
        if (plan.known() == null) {
            Organisation admitted = organisationService.admit(UUID.randomUUID(), member.name(),
                    member.organisationType(), member.corporateNumber(), member.contactName(), member.contactEmail(),
                    by);
            return new ImportedRow(member.row(), member.name(), admitted.id(), ImportedRow.Outcome.CREATED, member);
        }
        if (plan.known().status() == OrganisationStatus.PENDING) {
            organisationService.approve(plan.known().id(), by);
            return new ImportedRow(member.row(), member.name(), plan.known().id(), ImportedRow.Outcome.APPROVED, member);
        }
        return new ImportedRow(member.row(), member.name(), plan.known().id(), ImportedRow.Outcome.ALREADY_MEMBER, member);
    }

    /** The live organisation a row means: by corporate number when it has one, else by exact name. */
    private Optional<Organisation> known(CouncilMember member) {
        List<Organisation> found = member.corporateNumber() != null
                ? organisations.findByCorporateNumberAndStatusNotInList(member.corporateNumber().value(),
                        OrganisationService.FINAL)
                : organisations.findByNameAndStatusNotInList(member.name(), OrganisationService.FINAL);
        return found.stream().findFirst();
    }

    private static FieldErrorKey fieldError(RowError error) {
        String field = error.row() == 0 ? error.field() : "rows[" + error.row() + "]." + error.field();
        return new FieldErrorKey(field, error.code(), new Object[] {Integer.toString(error.row())});
    }

    private record Plan(CouncilMember member, Organisation known) {
    }
}
