package jp.kyoso.declarations;

import io.micronaut.serde.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.events.CloudEventHeaders;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventCatalog;
import jp.kyoso.events.EventCodec;
import jp.kyoso.events.Topics;
import jp.kyoso.events.cocreation.OrganisationApproved;
import jp.kyoso.events.cocreation.OrganisationRejected;
import jp.kyoso.events.cocreation.OrganisationType;
import jp.kyoso.testsupport.KafkaRecords;

/** Object mother: co-creation's membership events as its relay publishes them, and declaration forms. */
public final class Declarants {

    private static final EventCodec CODEC = new EventCodec(ObjectMapper.getDefault());

    private Declarants() {
    }

    public static void approve(String kafka, UUID organisationId, String name, OrganisationType type) {
        publish(kafka, new OrganisationApproved(organisationId.toString(), name, type, null,
                Instant.parse("2025-04-10T00:00:00Z"), "secretariat"), organisationId);
    }

    public static void reject(String kafka, UUID organisationId) {
        publish(kafka, new OrganisationRejected(organisationId.toString(), "区内の活動が確認できません",
                Instant.parse("2025-04-11T00:00:00Z"), "secretariat"), organisationId);
    }

    private static void publish(String kafka, DomainEvent event, UUID organisationId) {
        KafkaRecords.send(kafka, Topics.COCREATION_ORGANISATION, organisationId.toString(), CODEC.encode(event),
                Map.of(CloudEventHeaders.SPEC_VERSION, "1.0",
                        CloudEventHeaders.ID, UUID.randomUUID().toString(),
                        CloudEventHeaders.SOURCE, "/services/co-creation",
                        CloudEventHeaders.TYPE, EventCatalog.of(event).type(),
                        CloudEventHeaders.SUBJECT, organisationId.toString(),
                        CloudEventHeaders.CONTENT_TYPE, "application/json"));
    }

    /** Economy (8.5), society (11.7) and environment (13.3): a form that may be submitted. */
    public static Map<String, Object> balancedForm(String vision) {
        return form(null, vision, List.of(
                commitment("8.5", "障がい者雇用を拡大する", "障がい者雇用率", "2.1%", "3.0%"),
                commitment("11.7", "本社緑地を地域に開放する", "開放日数", "0日", "120日"),
                commitment("13.3", "全社員に気候変動研修を行う", "受講率", "20%", "100%")));
    }

    /** Only economy (8.2) and partnership (17.17): society and environment are missing. */
    public static Map<String, Object> unbalancedForm() {
        return form(null, "地域とともに成長する", List.of(
                commitment("8.2", "生産性を高めるIT投資", "売上高", "10億円", "12億円"),
                commitment("17.17", "区内企業との連携協定", "協定数", "1件", "5件")));
    }

    public static Map<String, Object> form(Long version, String vision, List<Map<String, Object>> commitments) {
        Map<String, Object> form = new java.util.HashMap<>(Map.of("representativeName", "品川 花子",
                "representativeTitle", "代表取締役", "vision", vision, "commitments", commitments));
        if (version != null) {
            form.put("version", version);
        }
        return form;
    }

    public static Map<String, Object> commitment(String target, String action, String indicator, String baseline,
                                          String targetValue) {
        return Map.of("sdgTarget", target, "action", action, "indicator", indicator, "baseline", baseline,
                "targetValue", targetValue, "targetYear", 2030);
    }
}
