package jp.kyoso.declarations.declaration;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Declarations; updates check the version, so concurrent edits never silently overwrite each other. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DeclarationRepository extends PageableRepository<Declaration, UUID> {

    Page<Declaration> findByStatus(DeclarationStatus status, Pageable pageable);

    Page<Declaration> findByOrganisationId(UUID organisationId, Pageable pageable);

    boolean existsByOrganisationIdAndStatusNotEqual(UUID organisationId, DeclarationStatus status);

    List<Declaration> findByStatusInList(Collection<DeclarationStatus> statuses);
}
