package jp.kyoso.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sample member organisations, entered through the public API like real applicants and the secretariat would, so
 * that events flow and every downstream view (KPIs first) has something to show on a fresh machine.
 *
 * <p>All names, people and corporate numbers are invented; the numbers carry valid check digits because the
 * co-creation service rejects any other.
 */
public final class DemoData {

    /** The portal's demo accounts (see the portal's DemoUsers); all share {@link #PASSWORD}. */
    public static final List<String> USERS =
            List.of("admin", "secretariat", "staff", "member", "member2", "committee1", "committee2",
                    "committee3");
    public static final String PASSWORD = "kyoso-demo";

    public static final List<Applicant> ORGANISATIONS = List.of(
            new Applicant("株式会社大崎スマートモビリティ", "STARTUP", "9010701048213",
                    "大崎 健太", "k.osaki@osaki-mobility.example.jp", true),
            new Applicant("五反田精密工業株式会社", "SME", "7010701052761",
                    "五反田 誠", "makoto.gotanda@gotanda-seimitsu.example.jp", true),
            new Applicant("天王洲ベイエリア開発株式会社", "COMPANY", "4010701061947",
                    "天野 美咲", "misaki.amano@tennozu-bay.example.jp", true),
            new Applicant("学校法人しながわ湾岸工科大学", "UNIVERSITY", "3010601027735",
                    "港 陽子", "renkei@shinagawa-wangan-u.example.jp", true),
            new Applicant("目黒川信用金庫", "FINANCIAL_INSTITUTION", "6010705001204",
                    "川口 正樹", "chiiki@megurogawa-shinkin.example.jp", true),
            new Applicant("特定非営利活動法人 戸越銀座まちづくりネット", "NPO", null,
                    "戸越 さくら", "info@togoshi-machi.example.jp", false),
            new Applicant("一般社団法人 大井町ヘルスケア研究機構", "RESEARCH_INSTITUTE", "4010705003318",
                    "井上 大輔", "office@oimachi-health.example.jp", false));

    /**
     * Organisations co-creation admits by itself in demo mode: the demo members' two companies and the demo staff's
     * department (see co-creation's DemoOrganisations), so that those users act for approved organisations.
     */
    static final int ADMITTED_BY_CO_CREATION = 3;

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final String ORGANISATIONS_PATH = "/api/cocreation/organisations";
    private static final int MAX_PAGE_SIZE = 100;
    /** Each programme's own loader, run in this order after the organisations are in. */
    private static final List<DemoLoader> SERVICE_LOADERS = List.of(CoCreationDemoData::load,
            CoCreationMeetingsDemoData::load, CityLabDemoData::load, FundDemoData::load, DeclarationsDemoData::load);

    private DemoData() {
    }

    /**
     * Applies for every demo organisation not there yet and approves those meant to be members. Re-running after a
     * partial load (the launcher died half-way) completes it rather than creating duplicates.
     *
     * @param portal the portal origin
     * @return a one-line summary
     */
    public static String load(URI portal) {
        PortalClient client = new PortalClient(portal);
        client.login("secretariat", PASSWORD);
        Map<String, JsonNode> existing = existingByName(client);
        int applied = 0;
        int approved = 0;
        for (Applicant applicant : ORGANISATIONS) {
            JsonNode organisation = existing.get(applicant.name());
            if (organisation == null) {
                organisation = client.post(ORGANISATIONS_PATH, applicant.application(), 201);
                applied++;
            }
            if (applicant.approve() && "PENDING".equals(organisation.path("status").asText())) {
                client.post(ORGANISATIONS_PATH + "/" + organisation.path("id").asText() + "/approve", null, 200);
                approved++;
            }
        }
        String summary = "demo data: " + applied + " organisation application(s) submitted, " + approved
                + " approved, " + ORGANISATIONS.stream().filter(a -> !a.approve()).count() + " left pending; "
                + String.join("; ", serviceData(portal));
        LOG.info("Loaded {}", summary);
        return summary;
    }

    /** How many member organisations the KPIs count once the demo data is loaded. */
    public static long approvedMembers() {
        return ORGANISATIONS.stream().filter(Applicant::approve).count() + ADMITTED_BY_CO_CREATION;
    }

    /** Each service's own demo data, each loader with a client of its own (they sign in as different people). */
    private static List<String> serviceData(URI portal) {
        DemoContext demo = new DemoContext(PASSWORD);
        return SERVICE_LOADERS.stream().map(loader -> loader.load(new PortalClient(portal), demo)).toList();
    }

    private static Map<String, JsonNode> existingByName(PortalClient client) {
        Map<String, JsonNode> byName = new HashMap<>();
        int totalPages = 1;
        for (int page = 0; page < totalPages; page++) {
            JsonNode answer = client.get(ORGANISATIONS_PATH + "?size=" + MAX_PAGE_SIZE + "&page=" + page);
            answer.path("items").forEach(item -> byName.put(item.path("name").asText(), item));
            totalPages = answer.path("totalPages").asInt(0);
        }
        return byName;
    }

    /** An application as the public form sends it; {@code approve} says whether the secretariat accepts it. */
    public record Applicant(String name, String organisationType, String corporateNumber, String contactName,
                     String contactEmail, boolean approve) {

        Map<String, Object> application() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", name);
            body.put("organisationType", organisationType);
            if (corporateNumber != null) {
                body.put("corporateNumber", corporateNumber);
            }
            body.put("contactName", contactName);
            body.put("contactEmail", contactEmail);
            return body;
        }
    }
}
