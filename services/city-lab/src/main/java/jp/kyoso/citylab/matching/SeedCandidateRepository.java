package jp.kyoso.citylab.matching;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.UUID;
import jp.kyoso.citylab.seed.Seed;

/**
 * Matching's read of the seed and organisation replicas: each approved organisation's seeds with their trigram
 * similarity to a challenge's text. The replicas are kept by their own features; matching only reads them here.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface SeedCandidateRepository extends GenericRepository<Seed, UUID> {

    @Query("""
            select s.id as seed_id, s.organisation_id, o.name as organisation_name, s.title, s.sdg_targets,
                   similarity(s.title || ' ' || s.description || ' ' || s.keywords, :text) as text_similarity
            from seed s join organisation_replica o on o.id = s.organisation_id""")
    List<SeedCandidate> candidatesFor(String text);
}
