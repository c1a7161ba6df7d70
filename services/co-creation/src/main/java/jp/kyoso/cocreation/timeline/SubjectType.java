package jp.kyoso.cocreation.timeline;

/** The kind of thing an entry or notification is about, and the portal page that shows it. */
public enum SubjectType {
    ORGANISATION("#/organisations/%s/profile"),
    ISSUE("#/issues/%s"),
    CHALLENGE("#/citylab/challenges/%s"),
    EXPERIMENT("#/citylab/experiments"),
    PROJECT("#/citylab/projects/%s"),
    DECLARATION("#/declarations/entry/%s"),
    OWN_DECLARATION("#/declarations/mine"),
    APPLICATION("#/fund/mine"),
    CALL("#/fund/calls/%s"),
    MEETING("#/meetings/%s"),
    WORKING_GROUP("#/working-groups/%s"),
    YOUTH_IDEA("#/youth/mine");

    private final String page;

    SubjectType(String page) {
        this.page = page;
    }

    /** The portal link (hash route) to the thing's page; pages without an id in their route ignore it. */
    public String link(String subjectId) {
        return page.contains("%s") ? page.formatted(subjectId) : page;
    }

    /** The link for a stored subject type name; {@code null} for a type no page shows. */
    public static String linkOf(String subjectType, String subjectId) {
        for (SubjectType type : values()) {
            if (type.name().equals(subjectType)) {
                return type.link(subjectId);
            }
        }
        return null;
    }
}
