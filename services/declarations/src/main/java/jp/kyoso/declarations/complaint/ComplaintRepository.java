package jp.kyoso.declarations.complaint;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;
import java.util.UUID;

/** Complaints about declarants, for the secretariat. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ComplaintRepository extends PageableRepository<Complaint, UUID> {

    Page<Complaint> findByStatus(ComplaintStatus status, Pageable pageable);
}
