package jp.kyoso.portal.mail;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.kyoso.events.citylab.ProposalAdopted;
import jp.kyoso.events.cocreation.DigestCompiled;
import jp.kyoso.events.cocreation.MeetingReminderDue;
import jp.kyoso.events.citylab.ProposalDeclined;
import jp.kyoso.events.citylab.ProposalShortlisted;
import jp.kyoso.events.citylab.ProposalSubmitted;
import jp.kyoso.events.declarations.DeclarationLapsed;
import jp.kyoso.events.declarations.DeclarationRegistered;
import jp.kyoso.events.declarations.DeclarationReportDue;
import jp.kyoso.events.declarations.DeclarationReportOverdue;
import jp.kyoso.events.declarations.DeclarationReturned;
import jp.kyoso.events.declarations.LapseReason;
import jp.kyoso.events.fund.ApplicationAwarded;
import jp.kyoso.events.fund.ApplicationRejected;
import jp.kyoso.events.fund.ApplicationScreened;
import jp.kyoso.events.fund.ApplicationSubmitted;
import jp.kyoso.events.fund.GrantDisbursed;
import jp.kyoso.mail.MailFormats;
import jp.kyoso.mail.PortalLinks;
import jp.kyoso.messaging.inbox.Delivery;
import jp.kyoso.messaging.inbox.EventHandler;

/**
 * The events that become mails to the organisation they concern: City Lab proposal outcomes, declaration reviews
 * and reminders, fund screening, decisions and payments; meeting reminders to the people registered and each
 * person's daily digest. Each handler runs in the portal's inbox transaction
 * (beside the audit trail's handler of the same event); the submission events only remember titles for them.
 */
@Factory
class OutcomeMailHandlers {

    private final OrganisationMails mails;
    private final SubjectTitles titles;
    private final PortalLinks links;

    OutcomeMailHandlers(OrganisationMails mails, SubjectTitles titles, PortalLinks links) {
        this.mails = mails;
        this.titles = titles;
        this.links = links;
    }

    @Bean
    EventHandler<ProposalSubmitted> proposalTitle() {
        return EventHandler.ofAll(ProposalSubmitted.class, deliveries -> titles.rememberAll(deliveries.stream()
                .map(Delivery::event).collect(Collectors.toMap(ProposalSubmitted::proposalId,
                        ProposalSubmitted::title, (earlier, later) -> later, LinkedHashMap::new))));
    }

    @Bean
    EventHandler<ApplicationSubmitted> applicationTitle() {
        return EventHandler.of(ApplicationSubmitted.class, (event, envelope) ->
                titles.remember(event.applicationId(), event.title()));
    }

    @Bean
    EventHandler<ProposalShortlisted> proposalShortlisted() {
        return EventHandler.of(ProposalShortlisted.class, (event, envelope) -> mails.send(
                MailKind.PROPOSAL_SHORTLISTED, event.organisationId(), language -> title(event.proposalId())));
    }

    @Bean
    EventHandler<ProposalAdopted> proposalAdopted() {
        return EventHandler.of(ProposalAdopted.class, (event, envelope) -> {
            titles.remember(event.proposalId(), event.title());
            mails.send(MailKind.PROPOSAL_ADOPTED, event.organisationId(), language -> Map.of("title", event.title()));
        });
    }

    @Bean
    EventHandler<ProposalDeclined> proposalDeclined() {
        return EventHandler.of(ProposalDeclined.class, (event, envelope) -> mails.send(MailKind.PROPOSAL_DECLINED,
                event.organisationId(), language -> with(title(event.proposalId()), "reason", event.reason())));
    }

    @Bean
    EventHandler<DeclarationReturned> declarationReturned() {
        return EventHandler.of(DeclarationReturned.class, (event, envelope) -> mails.send(
                MailKind.DECLARATION_RETURNED, event.organisationId(), language -> Map.of("comment", event.comment())));
    }

    @Bean
    EventHandler<DeclarationRegistered> declarationRegistered() {
        return EventHandler.of(DeclarationRegistered.class, (event, envelope) -> mails.send(
                MailKind.DECLARATION_REGISTERED, event.organisationId(), language -> Map.of(
                        "registrationNumber", event.registrationNumber(),
                        "termStart", event.termStartFiscalYear(),
                        "termEnd", event.termEndFiscalYear())));
    }

    @Bean
    EventHandler<DeclarationReportDue> declarationReportDue() {
        return EventHandler.of(DeclarationReportDue.class, (event, envelope) -> mails.send(
                MailKind.DECLARATION_REPORT_DUE, event.organisationId(), language -> Map.of(
                        "registrationNumber", event.registrationNumber(),
                        "reportFiscalYear", event.reportFiscalYear(),
                        "dueOn", MailFormats.date(event.dueOn(), language))));
    }

    @Bean
    EventHandler<DeclarationReportOverdue> declarationOverdue() {
        return EventHandler.of(DeclarationReportOverdue.class, (event, envelope) -> mails.send(
                MailKind.DECLARATION_OVERDUE, event.organisationId(), language -> Map.of(
                        "registrationNumber", event.registrationNumber(),
                        "reportFiscalYear", event.reportFiscalYear(),
                        "dueOn", MailFormats.date(event.dueOn(), language))));
    }

    @Bean
    EventHandler<DeclarationLapsed> declarationLapsed() {
        return EventHandler.of(DeclarationLapsed.class, (event, envelope) -> mails.send(
                MailKind.DECLARATION_LAPSED, event.organisationId(), language -> Map.of(
                        "registrationNumber", event.registrationNumber(),
                        "reportNotFiled", event.reason() == LapseReason.REPORT_NOT_FILED)));
    }

    @Bean
    EventHandler<ApplicationScreened> applicationScreened() {
        return EventHandler.of(ApplicationScreened.class, (event, envelope) -> mails.send(
                MailKind.APPLICATION_SCREENED, event.organisationId(), language -> with(with(
                        title(event.applicationId()), "eligible", event.eligible()), "reasons", event.reasons())));
    }

    @Bean
    EventHandler<ApplicationAwarded> applicationAwarded() {
        return EventHandler.of(ApplicationAwarded.class, (event, envelope) -> mails.send(
                MailKind.APPLICATION_DECIDED, event.organisationId(), language -> with(with(
                        title(event.applicationId()), "awarded", true),
                        "awardedYen", MailFormats.yen(event.awardedYen()))));
    }

    @Bean
    EventHandler<ApplicationRejected> applicationRejected() {
        return EventHandler.of(ApplicationRejected.class, (event, envelope) -> mails.send(
                MailKind.APPLICATION_DECIDED, event.organisationId(), language -> with(with(
                        title(event.applicationId()), "awarded", false), "reason", event.reason())));
    }

    @Bean
    EventHandler<GrantDisbursed> grantDisbursed() {
        return EventHandler.of(GrantDisbursed.class, (event, envelope) -> mails.send(
                MailKind.GRANT_DISBURSED, event.organisationId(), language -> with(with(with(
                        title(event.applicationId()), "tranche", event.tranche()),
                        "amountYen", MailFormats.yen(event.amountYen())),
                        "paidTotalYen", MailFormats.yen(event.paidTotalYen()))));
    }

    @Bean
    EventHandler<MeetingReminderDue> meetingReminder() {
        return EventHandler.of(MeetingReminderDue.class, (event, envelope) -> mails.sendToUsers(
                MailKind.MEETING_REMINDER, event.registeredUserIds(), language -> {
                    Map<String, Object> values = new HashMap<>();
                    values.put("title", event.title());
                    values.put("startsAt", MailFormats.dateTime(event.startsAt(), language));
                    values.put("endsAt", MailFormats.dateTime(event.endsAt(), language));
                    values.put("hasPlace", event.place() != null && !event.place().isBlank());
                    values.put("place", event.place() == null ? "" : event.place());
                    values.put("hasOnlineUrl", event.onlineUrl() != null && !event.onlineUrl().isBlank());
                    values.put("onlineUrl", event.onlineUrl() == null ? "" : event.onlineUrl());
                    values.put("meetingLink", links.screen("/meetings/" + event.meetingId()));
                    return values;
                }));
    }

    @Bean
    EventHandler<DigestCompiled> dailyDigest() {
        return EventHandler.of(DigestCompiled.class, (event, envelope) -> mails.sendToUsers(
                MailKind.DAILY_DIGEST, List.of(event.userId()), language -> Map.of(
                        "date", MailFormats.date(event.digestDate(), language),
                        "count", event.entries().size(),
                        "entries", event.entries().stream().map(entry -> Map.of(
                                "time", MailFormats.dateTime(entry.occurredAt(), language),
                                "activity", DigestActivities.label(entry.kind(), language),
                                "title", entry.title())).toList(),
                        "notificationsLink", links.screen("/notifications"))));
    }

    /** The subject's title when its submission was seen; else its id, so the mail still says which one. */
    private Map<String, Object> title(String subjectId) {
        return with(Map.of(), "title", titles.find(subjectId).orElse(subjectId));
    }

    private static Map<String, Object> with(Map<String, ?> values, String key, Object value) {
        Map<String, Object> more = new HashMap<>(values);
        more.put(key, value);
        return more;
    }
}
