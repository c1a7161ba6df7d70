package jp.kyoso.declarations.declaration;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** A declaration's commitments, in the order the declarant wrote them. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CommitmentRepository extends CrudRepository<Commitment, UUID> {

    List<Commitment> findByDeclarationIdOrderByPosition(UUID declarationId);

    List<Commitment> findByDeclarationIdInListOrderByPosition(Collection<UUID> declarationIds);

    void deleteByDeclarationId(UUID declarationId);
}
