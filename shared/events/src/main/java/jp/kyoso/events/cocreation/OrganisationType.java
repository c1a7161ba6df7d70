package jp.kyoso.events.cocreation;

/** The kinds of member organisation the platform recognises, with the label users read. */
public enum OrganisationType {
    COMPANY("企業", "Company"),
    STARTUP("スタートアップ", "Startup"),
    SME("中小企業", "SME"),
    UNIVERSITY("大学", "University"),
    RESEARCH_INSTITUTE("研究機関", "Research institute"),
    NPO("NPO・地域団体", "NPO / community group"),
    FINANCIAL_INSTITUTION("金融機関", "Financial institution"),
    CITY_DEPARTMENT("区の部署", "City department");

    private final String japanese;
    private final String english;

    OrganisationType(String japanese, String english) {
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
