package jp.kyoso.cocreation.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;
import java.util.UUID;
import jp.kyoso.cocreation.domain.Organisation;
import jp.kyoso.cocreation.domain.OrganisationStatus;

/** Organisations in PostgreSQL; updates check the version so two secretaries cannot decide the same one twice. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OrganisationRepository extends PageableRepository<Organisation, UUID> {

    Page<Organisation> findByStatus(OrganisationStatus status, Pageable pageable);

    boolean existsByCorporateNumberAndStatusNotEqual(String corporateNumber, OrganisationStatus status);
}
