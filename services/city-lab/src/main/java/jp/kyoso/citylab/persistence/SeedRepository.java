package jp.kyoso.citylab.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;
import jp.kyoso.citylab.domain.Seed;

/** Published seeds, and each approved organisation's seeds with their text similarity to a challenge. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface SeedRepository extends CrudRepository<Seed, UUID> {

    @Query("""
            select s.id as seed_id, s.organisation_id, o.name as organisation_name, s.title, s.sdg_targets,
                   similarity(s.title || ' ' || s.description || ' ' || s.keywords, :text) as text_similarity
            from seed s join approved_organisation o on o.id = s.organisation_id""")
    List<SeedCandidate> candidatesFor(String text);
}
