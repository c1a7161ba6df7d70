package jp.kyoso.web.security;

import java.util.Set;

/** The roles a token can carry (its {@code roles} claim); use them in {@code @Secured} and {@link CurrentUser#has}. */
public final class Roles {

    /** Staff of a member organisation (company, university, NPO, ...). */
    public static final String MEMBER = "MEMBER";
    /** Staff of a city department. */
    public static final String STAFF = "STAFF";
    /** The programme office (シティラボ事務局 / プラットフォーム事務局). */
    public static final String SECRETARIAT = "SECRETARIAT";
    /** A member of the fund's executive committee. */
    public static final String COMMITTEE = "COMMITTEE";
    /** Operators of the platform itself. */
    public static final String ADMIN = "ADMIN";
    /** Students in youth programmes: minors, so nothing identifying about them is ever public. */
    public static final String YOUTH = "YOUTH";

    /** Every role, for validating role lists when tokens are issued. */
    public static final Set<String> ALL = Set.of(MEMBER, STAFF, SECRETARIAT, COMMITTEE, ADMIN, YOUTH);

    private Roles() {
    }
}
