package jp.kyoso.cocreation.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;
import java.util.List;
import java.util.UUID;
import jp.kyoso.cocreation.domain.Seed;
import jp.kyoso.cocreation.domain.SeedStatus;

/** Seeds and the public catalogue's Japanese search (pg_trgm over title, description and keywords). */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface SeedRepository extends PageableRepository<Seed, UUID> {

    Page<Seed> findByStatus(SeedStatus status, Pageable pageable);

    Page<Seed> findByOrganisationIdAndStatus(UUID organisationId, SeedStatus status, Pageable pageable);

    List<Seed> findByOrganisationIdAndStatus(UUID organisationId, SeedStatus status);

    long countByOrganisationIdAndStatus(UUID organisationId, SeedStatus status);

    /**
     * Published seeds whose text contains the words ({@code pattern} is {@code %words%}, wildcards escaped) or is
     * close to them by trigram word similarity (a variant spelling, a long or short vowel mark), best match first.
     */
    @Query(value = """
            select * from seed
            where status = 'PUBLISHED' and (search_text ilike :pattern or :words <% search_text)
            order by word_similarity(:words, search_text) desc, published_at desc, id""",
            countQuery = """
            select count(*) from seed
            where status = 'PUBLISHED' and (search_text ilike :pattern or :words <% search_text)""")
    Page<Seed> search(String words, String pattern, Pageable pageable);
}
