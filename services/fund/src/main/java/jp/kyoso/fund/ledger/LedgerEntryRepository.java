package jp.kyoso.fund.ledger;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** The append-only ledger: insert and read, never update. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface LedgerEntryRepository extends GenericRepository<LedgerEntry, java.util.UUID> {

    LedgerEntry save(LedgerEntry entry);

    Page<LedgerEntry> findByFiscalYear(int fiscalYear, Pageable pageable);

    @Query("""
            select coalesce(contributor_organisation_id::text, '') as contributor, contributor_kind as kind,
                   max(contributor_name) as name, entry_type as type, sum(amount_yen) as amount
              from ledger_entry
             where fiscal_year = :fiscalYear and contribution_id is not null
             group by 1, 2, 4
             order by 3, 4""")
    List<StatementRow> contributionsInYear(int fiscalYear);

    @Query("select entry_type as type, sum(amount_yen) as amount from ledger_entry where fiscal_year = :fiscalYear and contribution_id is null group by 1 order by 1")
    List<GrantTotalRow> grantsInYear(int fiscalYear);
}
