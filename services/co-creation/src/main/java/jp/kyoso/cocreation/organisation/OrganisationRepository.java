package jp.kyoso.cocreation.organisation;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Organisations in PostgreSQL; updates check the version so two secretaries cannot decide the same one twice. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OrganisationRepository extends PageableRepository<Organisation, UUID> {

    Page<Organisation> findByStatus(OrganisationStatus status, Pageable pageable);

    boolean existsByCorporateNumberAndStatusNotInList(String corporateNumber, Collection<OrganisationStatus> statuses);

    List<Organisation> findByCorporateNumberAndStatusNotInList(String corporateNumber,
                                                               Collection<OrganisationStatus> statuses);

    List<Organisation> findByIdInList(Collection<UUID> ids);

    List<Organisation> findByNameAndStatusNotInList(String name, Collection<OrganisationStatus> statuses);
}
