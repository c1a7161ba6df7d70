package jp.kyoso.fund.continuation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;
import jp.kyoso.fund.persistence.CollaborationPartnerRepository;
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
}
