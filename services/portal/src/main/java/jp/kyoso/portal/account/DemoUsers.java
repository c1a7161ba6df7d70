package jp.kyoso.portal.account;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import jp.kyoso.web.security.Roles;

/**
 * The demo accounts created when {@code kyoso.demo.enabled=true}. The ids are fixed and public so other services'
 * demo data can name the same people and organisations (a challenge posted by the demo department, a seed by the
 * demo company) without asking the portal.
 */
public final class DemoUsers {

    /** Known to everyone who has read this file: which is exactly why demo mode must never meet real data. */
    public static final String PASSWORD = "kyoso-demo";

    public static final UUID CITY_DEPARTMENT_ORGANISATION_ID = UUID.fromString("00000000-0000-4000-8000-0000000000c1");
    public static final String CITY_DEPARTMENT_ORGANISATION_NAME = "品川区 企画部 企画課";
    public static final UUID COMPANY_ORGANISATION_ID = UUID.fromString("00000000-0000-4000-8000-0000000000b1");
    public static final String COMPANY_ORGANISATION_NAME = "しながわテック株式会社";
    /**
     * A second member company with no declaration in the demo data: the first company's registered declaration is
     * its one live declaration, so drafting a new one from start to registration needs another organisation.
     */
    public static final UUID SECOND_COMPANY_ORGANISATION_ID =
            UUID.fromString("00000000-0000-4000-8000-0000000000b2");
    public static final String SECOND_COMPANY_ORGANISATION_NAME = "大森ベイサイド食品株式会社";

    public static final UUID ADMIN_ID = UUID.fromString("00000000-0000-4000-8000-000000000a01");
    public static final UUID SECRETARIAT_ID = UUID.fromString("00000000-0000-4000-8000-000000000a02");
    public static final UUID STAFF_ID = UUID.fromString("00000000-0000-4000-8000-000000000a03");
    public static final UUID MEMBER_ID = UUID.fromString("00000000-0000-4000-8000-000000000a04");
    public static final UUID MEMBER2_ID = UUID.fromString("00000000-0000-4000-8000-000000000a05");
    public static final UUID COMMITTEE1_ID = UUID.fromString("00000000-0000-4000-8000-000000000a11");
    public static final UUID COMMITTEE2_ID = UUID.fromString("00000000-0000-4000-8000-000000000a12");
    public static final UUID COMMITTEE3_ID = UUID.fromString("00000000-0000-4000-8000-000000000a13");
    /** A student of the youth programme; only the nickname is ever shown, never a name. */
    public static final UUID YOUTH_ID = UUID.fromString("00000000-0000-4000-8000-000000000a21");
    public static final String YOUTH_NICKNAME = "しながわ中2のハル";

    public static final Organisation CITY_DEPARTMENT =
            new Organisation(CITY_DEPARTMENT_ORGANISATION_ID, CITY_DEPARTMENT_ORGANISATION_NAME);
    public static final Organisation COMPANY = new Organisation(COMPANY_ORGANISATION_ID, COMPANY_ORGANISATION_NAME);
    public static final Organisation SECOND_COMPANY =
            new Organisation(SECOND_COMPANY_ORGANISATION_ID, SECOND_COMPANY_ORGANISATION_NAME);

    private DemoUsers() {
    }

    public static List<NewAccount> all() {
        return List.of(
                account(ADMIN_ID, "admin", "システム管理者", null, Roles.ADMIN),
                account(SECRETARIAT_ID, "secretariat", "シティラボ事務局", null, Roles.SECRETARIAT),
                account(STAFF_ID, "staff", "品川 花子（企画課）", CITY_DEPARTMENT, Roles.STAFF),
                account(MEMBER_ID, "member", "大井 太郎（しながわテック）", COMPANY, Roles.MEMBER),
                account(MEMBER2_ID, "member2", "大森 さやか（大森ベイサイド食品）", SECOND_COMPANY, Roles.MEMBER),
                account(COMMITTEE1_ID, "committee1", "実行委員 1", null, Roles.COMMITTEE),
                account(COMMITTEE2_ID, "committee2", "実行委員 2", null, Roles.COMMITTEE),
                account(COMMITTEE3_ID, "committee3", "実行委員 3", null, Roles.COMMITTEE),
                account(YOUTH_ID, "youth", YOUTH_NICKNAME, null, Roles.YOUTH));
    }

    private static NewAccount account(UUID id, String username, String displayName, Organisation organisation,
                                      String role) {
        return new NewAccount(id, username, PASSWORD, displayName, organisation, Set.of(role));
    }
}
