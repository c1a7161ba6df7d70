package jp.kyoso.cocreation.youth;

/** A student's school year (学年): junior high 1–3 and high school 1–3, with the label shown publicly. */
public enum SchoolYear {
    JHS_1("中学1年", "Junior high, year 1"),
    JHS_2("中学2年", "Junior high, year 2"),
    JHS_3("中学3年", "Junior high, year 3"),
    HS_1("高校1年", "High school, year 1"),
    HS_2("高校2年", "High school, year 2"),
    HS_3("高校3年", "High school, year 3");

    private final String japanese;
    private final String english;

    SchoolYear(String japanese, String english) {
        this.japanese = japanese;
        this.english = english;
    }

    public String label(boolean inEnglish) {
        return inEnglish ? english : japanese;
    }
}
