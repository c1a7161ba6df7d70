package jp.kyoso.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Sample working groups, meetings, a youth theme and the demo student's enrolment, entered through the portal like the secretariat would; the demo
 * member registers for the exchange session and follows the zero-carbon group. Idempotent: what exists is skipped.
 */
final class CoCreationMeetingsDemoData {

    private static final String GROUPS = "/api/cocreation/working-groups";
    private static final String MEETINGS = "/api/cocreation/meetings";
    private static final String THEMES = "/api/cocreation/youth/themes";
    private static final String PARTICIPANTS = "/api/cocreation/youth/participants";
    /** {@code DemoUsers.YOUTH_ID} of the portal: the demo student's account. */
    static final String YOUTH_USER_ID = "00000000-0000-4000-8000-000000000a21";
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private CoCreationMeetingsDemoData() {
    }

    static String load(PortalClient client, DemoContext demo) {
        client.login("secretariat", demo.password());
        Map<String, String> groups = idsByField(client.get(GROUPS + "?size=100"), "name");
        int created = 0;
        created += group(client, groups, "ゼロカーボン部会", "区内の脱炭素化に向けた実証と情報共有を行います。", false, false);
        created += group(client, groups, "地域交通部会", "オンデマンド交通や移動支援の連携を検討します（参加は承認制）。", true, false);
        created += group(client, groups, "事務局連絡会", "事務局と幹事団体の非公開の連絡会です。", true, true);

        Map<String, String> meetings = idsByField(client.get(MEETINGS + "?size=100"), "title");
        LocalDate nextMonth = LocalDate.now(TOKYO).plusMonths(1).withDayOfMonth(15);
        created += meeting(client, meetings, groups.get("ゼロカーボン部会"), "EXCHANGE_OF_VIEWS",
                "脱炭素に関する意見交換会", "1. 区の脱炭素ロードマップ\n2. 参加企業の取組紹介\n3. 意見交換",
                nextMonth.atTime(LocalTime.of(18, 30)), "品川区役所 第一会議室", null, 40);
        created += meeting(client, meetings, null, "NETWORKING", "共創プラットフォーム 会員交流会",
                "会員同士の自己紹介と名刺交換", nextMonth.plusDays(7).atTime(LocalTime.of(17, 0)), null,
                "https://meet.example.jp/kyoso-networking", 100);

        Set<String> themes = new HashSet<>(idsByField(client.get(THEMES + "?size=100"), "title").keySet());
        if (!themes.contains("公園をもっと使いやすく")) {
            client.post(THEMES, Map.of("title", "公園をもっと使いやすく",
                    "description", "中高生の目線で、身近な公園の使い方を区長に提案しましょう。"), 201);
            created++;
        }
        created += enrolDemoStudent(client);

        client.login("member", demo.password());
        String session = idsByField(client.get(MEETINGS + "?size=100"), "title").get("脱炭素に関する意見交換会");
        int joined = 0;
        if (session != null && tryPost(client, MEETINGS + "/" + session + "/register", null)) {
            joined++;
        }
        String zeroCarbon = groups.get("ゼロカーボン部会");
        if (zeroCarbon != null) {
            joined += tryPost(client, GROUPS + "/" + zeroCarbon + "/join", null) ? 1 : 0;
            tryPost(client, "/api/cocreation/follows", Map.of("subjectType", "WORKING_GROUP", "subjectId", zeroCarbon));
        }
        client.login("secretariat", demo.password());
        return "co-creation meetings demo data: " + created + " item(s) created, " + joined + " member action(s)";
    }

    /**
     * The portal's demo student (user {@code youth}, id {@link #YOUTH_USER_ID}) enrolled in the youth programme, so
     * they can sign in and propose ideas; a re-run's 409 (already enrolled) is not an error.
     */
    private static int enrolDemoStudent(PortalClient client) {
        try {
            client.post(PARTICIPANTS, Map.of("userId", YOUTH_USER_ID, "nickname", "しながわ中2のハル",
                    "schoolYear", "JHS_2"), 201);
            return 1;
        } catch (IllegalStateException alreadyEnrolled) {
            if (alreadyEnrolled.getMessage().contains(" answered 409 ")) {
                return 0;
            }
            throw alreadyEnrolled;
        }
    }

    private static int group(PortalClient client, Map<String, String> existing, String name, String description,
                             boolean closed, boolean privateGroup) {
        if (existing.containsKey(name)) {
            return 0;
        }
        JsonNode group = client.post(GROUPS, Map.of("name", name, "description", description,
                "closedMembership", closed, "privateGroup", privateGroup), 201);
        existing.put(name, group.path("id").asText());
        return 1;
    }

    private static int meeting(PortalClient client, Map<String, String> existing, String groupId, String kind,
                               String title, String agenda, LocalDateTime startsAt, String place, String onlineUrl,
                               int capacity) {
        if (existing.containsKey(title)) {
            return 0;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        if (groupId != null) {
            body.put("workingGroupId", groupId);
        }
        body.put("kind", kind);
        body.put("title", title);
        body.put("agenda", agenda);
        body.put("startsAtTokyo", startsAt.toString());
        body.put("endsAtTokyo", startsAt.plusHours(2).toString());
        if (place != null) {
            body.put("place", place);
        }
        if (onlineUrl != null) {
            body.put("onlineUrl", onlineUrl);
        }
        body.put("capacity", capacity);
        client.post(MEETINGS, body, 201);
        return 1;
    }

    /** Posts and reports success; a refusal (already registered, already a member) is not an error on a re-run. */
    private static boolean tryPost(PortalClient client, String path, Object body) {
        try {
            client.post(path, body, path.endsWith("/follows") ? 201 : 200);
            return true;
        } catch (IllegalStateException alreadyDone) {
            return false;
        }
    }

    private static Map<String, String> idsByField(JsonNode page, String field) {
        Map<String, String> ids = new HashMap<>();
        for (JsonNode item : page.path("items")) {
            ids.put(item.path(field).asText(), item.path("id").asText());
        }
        return ids;
    }
}
