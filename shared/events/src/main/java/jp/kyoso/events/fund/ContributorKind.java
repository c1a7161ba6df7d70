package jp.kyoso.events.fund;

/** Who puts money into the fund: the city or a private investor company (出資企業); KPIs split totals by it. */
public enum ContributorKind {
    CITY("区", "City"),
    INVESTOR("出資企業", "Investor company");

    private final String japanese;
    private final String english;

    ContributorKind(String japanese, String english) {
        this.japanese = japanese;
        this.english = english;
    }

    public String japanese() {
        return japanese;
    }

    public String english() {
        return english;
    }
}
