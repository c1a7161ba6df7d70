package jp.kyoso.cocreation.directory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.UUID;
import jp.kyoso.cocreation.organisation.Organisation;

/**
 * The member directory over the organisation table and the profile read model (declarations from the registry's
 * events, collaboration projects from City Lab's). The name is matched like the seed catalogue's text: trigram
 * ILIKE or word similarity. A goal fits an organisation whose active declaration names it or one of whose published
 * seeds aims at a target in it.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DirectoryRepository extends GenericRepository<Organisation, UUID> {

    String MATCHING = """
            from organisation o left join organisation_declaration d on d.organisation_id = o.id
            where o.status = 'APPROVED'
              and (cast(:organisationType as text) is null or o.organisation_type = cast(:organisationType as text))
              and (cast(:declared as boolean) is null
                   or coalesce(d.status = 'ACTIVE', false) = cast(:declared as boolean))
              and (cast(:goal as text) is null
                   or (d.status = 'ACTIVE' and cast(cast(:goal as text) as integer) = any(d.goals))
                   or exists (select 1 from seed s, unnest(s.sdg_targets) t
                              where s.organisation_id = o.id and s.status = 'PUBLISHED'
                                and t like cast(:goal as text) || '.%'))
              and (cast(:pattern as text) is null or o.name ilike cast(:pattern as text)
                   or cast(:keyword as text) <% o.name)
            """;

    @Query("""
            select o.id, o.name, o.organisation_type, d.registration_number, d.status as declaration_status,
                   array_to_string(d.goals, ',') as declaration_goals,
                   (select count(*) from organisation_achievement a
                    where a.organisation_id = o.id and a.kind = 'COLLABORATION_PROJECT') as projects,
                   (select count(*) from seed s where s.organisation_id = o.id and s.status = 'PUBLISHED') as seeds
            """ + MATCHING + """
            order by case when cast(:keyword as text) is null then 0
                          else word_similarity(cast(:keyword as text), o.name) end desc, o.name, o.id
            limit :limit offset :offset""")
    List<DirectoryEntry> find(@Nullable String keyword, @Nullable String pattern, @Nullable String organisationType,
                              @Nullable Boolean declared, @Nullable String goal, int limit, long offset);

    @Query("select count(*) " + MATCHING)
    long count(@Nullable String keyword, @Nullable String pattern, @Nullable String organisationType,
               @Nullable Boolean declared, @Nullable String goal);
}
