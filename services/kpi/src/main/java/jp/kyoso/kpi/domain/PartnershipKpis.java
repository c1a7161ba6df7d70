package jp.kyoso.kpi.domain;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/** The partnership KPIs of one fiscal year (April–March, Asia/Tokyo). */
@Serdeable
public record PartnershipKpis(int fiscalYear, String label, LocalDate from, LocalDate to,
                              MemberOrganisations memberOrganisations) {
}
