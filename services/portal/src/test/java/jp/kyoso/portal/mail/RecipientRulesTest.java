package jp.kyoso.portal.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecipientRulesTest {

    private static MailRecipient person(String email, Set<String> roles, Set<String> off) {
        return new MailRecipient(UUID.randomUUID(), email, "大井 太郎", "しながわテック株式会社", "ja", roles, off);
    }

    @Test
    void aMemberReceivesEveryKindTheyLeftOn() {
        MailRecipient member = person("taro@example.jp", Set.of("MEMBER"), Set.of("proposal_shortlisted"));
        assertTrue(RecipientRules.receives(member, MailKind.PROPOSAL_DECLINED));
        assertFalse(RecipientRules.receives(member, MailKind.PROPOSAL_SHORTLISTED));
    }

    @Test
    void nobodyWithoutAnAddressIsMailed() {
        assertFalse(RecipientRules.receives(person(null, Set.of("MEMBER"), Set.of()), MailKind.PROPOSAL_ADOPTED));
        assertFalse(RecipientRules.receives(person(" ", Set.of("MEMBER"), Set.of()), MailKind.PROPOSAL_ADOPTED));
    }

    @Test
    void aMinorNeverReceivesAMailThatNamesOtherPeopleButTheirOwnReminders() {
        MailRecipient youth = person("haru@example.jp", Set.of("YOUTH"), Set.of());
        MailRecipient member = person("taro@example.jp", Set.of("MEMBER"), Set.of());
        assertFalse(RecipientRules.receives(youth, MailKind.DAILY_DIGEST));
        assertTrue(RecipientRules.receives(member, MailKind.DAILY_DIGEST));
        assertTrue(RecipientRules.receives(youth, MailKind.MEETING_REMINDER));
        for (MailKind kind : MailKind.values()) {
            assertEquals(!kind.namesOthers(), RecipientRules.receives(youth, kind), kind.key());
        }
    }
}
