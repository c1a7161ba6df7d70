package jp.kyoso.kpi.domain;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/**
 * The partnership KPIs of one fiscal year (April–March, Asia/Tokyo): platform members, issues raised and promoted,
 * meetings and participants, City Lab (including 新規産学官連携事業数), the declaration registry and the fund.
 */
@Serdeable
public record PartnershipKpis(int fiscalYear, String label, LocalDate from, LocalDate to,
                              MemberOrganisations memberOrganisations, IssueCounts issues, MeetingKpis meetings,
                              CityLabKpis cityLab, DeclarationKpis declarations, FundKpis fund) {
}
