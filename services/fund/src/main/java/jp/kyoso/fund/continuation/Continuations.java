package jp.kyoso.fund.continuation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.kyoso.fund.organisation.CollaborationPartner;
import jp.kyoso.fund.organisation.CollaborationPartnerRepository;
import jp.kyoso.web.problem.InvalidInputException;
import jp.kyoso.web.security.CurrentUser;

/**
 * The project an application continues must be a City Lab collaboration project the applying organisation is a
 * partner of, as the fund learnt from {@code project.started} (the same projection the conflict check reads).
 */
@Singleton
public class Continuations {

    private final ContinuationRepository continuations;
    private final CollaborationPartnerRepository partners;

    public Continuations(ContinuationRepository continuations, CollaborationPartnerRepository partners) {
        this.continuations = continuations;
        this.partners = partners;
    }

    /** Refuses, before anything is written, a project the caller's organisation is not a partner of. */
    @Transactional(readOnly = true)
    public void check(@Nullable UUID projectId, CurrentUser user) {
        if (projectId != null && (user.organisationId() == null
                || !partners.existsByProjectIdAndOrganisationId(projectId, UUID.fromString(user.organisationId())))) {
            throw InvalidInputException.of("continuesProjectId", "fund.application.notOwnProject");
        }
    }

    /** The form is sent whole: no project means the application continues none. */
    @Transactional
    public void set(UUID applicationId, @Nullable UUID projectId) {
        continuations.deleteById(applicationId);
        if (projectId != null) {
            continuations.save(new Continuation(applicationId, projectId));
        }
    }

    @Transactional(readOnly = true)
    public Optional<UUID> projectOf(UUID applicationId) {
        return continuations.findById(applicationId).map(Continuation::projectId);
    }

    /** The project the application continues, with its title. */
    @Transactional(readOnly = true)
    public Optional<ContinuedProject> continuedBy(UUID applicationId) {
        return projectOf(applicationId).map(project -> new ContinuedProject(project,
                partners.findFirstByProjectId(project).map(CollaborationPartner::projectTitle).orElse(null)));
    }

    /** The projects the caller's organisation may name as continued: those it is a partner of, by title. */
    @Transactional(readOnly = true)
    public List<ContinuedProject> choicesOf(CurrentUser user) {
        if (user.organisationId() == null) {
            return List.of();
        }
        return partners.findByOrganisationIdOrderByProjectTitle(UUID.fromString(user.organisationId())).stream()
                .map(partner -> new ContinuedProject(partner.projectId(), partner.projectTitle())).toList();
    }
}
