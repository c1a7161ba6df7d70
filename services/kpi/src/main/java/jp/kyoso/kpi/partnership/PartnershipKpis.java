package jp.kyoso.kpi.partnership;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import jp.kyoso.kpi.citylab.CityLabKpis;
import jp.kyoso.kpi.declaration.DeclarationKpis;
import jp.kyoso.kpi.fund.FundKpis;
import jp.kyoso.kpi.meeting.MeetingKpis;

/**
 * The partnership KPIs of one fiscal year (April–March, Asia/Tokyo): platform members, issues raised and promoted,
 * meetings and participants, City Lab (including 新規産学官連携事業数), the declaration registry and the fund.
 */
@Serdeable
public record PartnershipKpis(int fiscalYear, String label, LocalDate periodFrom, LocalDate periodTo,
                              MemberOrganisations memberOrganisations, IssueCounts issues, MeetingKpis meetings,
                              CityLabKpis cityLab, DeclarationKpis declarations, FundKpis fund) {
}
