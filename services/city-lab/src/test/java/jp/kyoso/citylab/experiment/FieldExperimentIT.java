package jp.kyoso.citylab.experiment;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.citylab.organisation.OrganisationReplicaRepository;
import jp.kyoso.citylab.support.CityLabApi;
import jp.kyoso.citylab.support.CityLabEvents;
import jp.kyoso.events.Topics;
import jp.kyoso.events.citylab.CollaborationProjectStarted;
import jp.kyoso.events.citylab.ProjectOrigin;
import jp.kyoso.events.cocreation.OrganisationType;
import jp.kyoso.testsupport.ServiceTestProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Field-experiment proposals: test-field catalogue, host assignment, decline with reason, agreement into a project. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FieldExperimentIT implements TestPropertyProvider {

    private static final UUID ROADS = UUID.randomUUID();
    private static final UUID PARKS = UUID.randomUUID();
    private static final UUID COMPANY = UUID.randomUUID();
    private static final UUID COMPETITOR = UUID.randomUUID();

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JwtTokenGenerator jwt;

    @Inject
    OrganisationReplicaRepository organisations;

    private CityLabApi api;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = ServiceTestProperties.forService("citylab_experiment_it");
        properties.put("kyoso.citylab.deadline-job-enabled", "false");
        return properties;
    }

    @BeforeAll
    void approve() {
        api = new CityLabApi(http, jwt);
        CityLabEvents.approve(organisations, OrganisationType.STARTUP, Map.of(COMPANY, "品川ロボティクス株式会社"));
    }

    @Test
    void aDeclinedHostGivesItsReasonAndAnAcceptingHostStartsAProject() {
        Map<?, ?> field = api.post("/api/citylab/test-fields", Map.of("name", "中延商店街の歩道", "facilityType", "道路",
                "area", "中延", "description", "平日昼間の歩行者が多い商店街の歩道です。", "residentMonitors", true),
                api.staff(ROADS));
        List<?> catalogue = (List<?>) api.get("/api/citylab/test-fields?departmentId=" + ROADS, null).get("items");
        assertEquals(List.of("中延商店街の歩道"), catalogue.stream().map(f -> ((Map<?, ?>) f).get("name")).toList());

        Map<String, Object> plan = plan((String) field.get("id"));
        assertEquals(HttpStatus.FORBIDDEN, api.refused(HttpRequest.POST("/api/citylab/experiments", plan),
                api.member(COMPETITOR)).getStatus());
        String id = (String) api.post("/api/citylab/experiments", plan, api.member(COMPANY)).get("id");
        assertEquals(HttpStatus.FORBIDDEN, api.refused(HttpRequest.GET("/api/citylab/experiments/" + id),
                api.staff(PARKS)).getStatus());

        api.post("/api/citylab/experiments/" + id + "/hosts", Map.of("departmentId", PARKS.toString()), api.secretariat());
        api.post("/api/citylab/experiments/" + id + "/hosts", Map.of("departmentId", ROADS.toString()), api.secretariat());
        assertEquals(HttpStatus.FORBIDDEN, api.refused(HttpRequest.POST("/api/citylab/experiments/" + id + "/accept", ""),
                api.staff(UUID.randomUUID())).getStatus());
        api.post("/api/citylab/experiments/" + id + "/decline", Map.of("reason", "公園は改修工事中で提供できません。"),
                api.staff(PARKS));

        Map<?, ?> seen = api.get("/api/citylab/experiments/" + id, api.member(COMPANY));
        Map<?, ?> parks = (Map<?, ?>) ((List<?>) seen.get("hosts")).stream()
                .filter(h -> PARKS.toString().equals(((Map<?, ?>) h).get("departmentId"))).findFirst().orElseThrow();
        assertEquals("DECLINED", parks.get("status"));
        assertEquals("公園は改修工事中で提供できません。", parks.get("reason"));
        assertEquals("HOSTS_ASSIGNED", seen.get("status"));

        Map<?, ?> agreed = api.post("/api/citylab/experiments/" + id + "/accept", "", api.staff(ROADS));
        assertEquals("AGREED", agreed.get("status"));
        String projectId = (String) agreed.get("projectId");
        assertNotNull(projectId);
        assertEquals(HttpStatus.CONFLICT, api.refused(HttpRequest.POST("/api/citylab/experiments/" + id + "/hosts",
                Map.of("departmentId", UUID.randomUUID().toString())), api.secretariat()).getStatus());

        Map<?, ?> project = api.get("/api/citylab/projects/" + projectId, null);
        assertEquals("FIELD_EXPERIMENT", project.get("origin"));
        assertEquals(ROADS.toString(), project.get("departmentId"));
        CollaborationProjectStarted started = (CollaborationProjectStarted) await().atMost(Duration.ofSeconds(30))
                .until(() -> CityLabEvents.records(Topics.CITYLAB_PROJECT, projectId), found -> !found.isEmpty())
                .stream().map(CityLabEvents::decode).findFirst().orElseThrow();
        assertEquals(ProjectOrigin.FIELD_EXPERIMENT, started.origin());
        assertEquals(id, started.experimentId());
        List<String> types = await().atMost(Duration.ofSeconds(30)).until(
                () -> CityLabEvents.types(Topics.CITYLAB_EXPERIMENT, id), found -> found.size() >= 5);
        assertEquals(List.of("jp.kyoso.citylab.experiment.proposed.v1", "jp.kyoso.citylab.experiment.hostassigned.v1",
                "jp.kyoso.citylab.experiment.hostassigned.v1", "jp.kyoso.citylab.experiment.declined.v1",
                "jp.kyoso.citylab.experiment.agreed.v1"), types);
        List<?> hosted = (List<?>) api.get("/api/citylab/experiments", api.staff(PARKS)).get("items");
        assertTrue(hosted.stream().anyMatch(e -> id.equals(((Map<?, ?>) e).get("id"))));
    }

    @Test
    void anExperimentWithoutRisksOrPersonalDataHandlingIsRefused() {
        Map<String, Object> plan = plan(null);
        plan.put("risksAndSafety", "");
        plan.put("personalDataHandling", " ");
        plan.put("sdgTargets", List.of("9.9"));
        String body = CityLabApi.body(api.refused(HttpRequest.POST("/api/citylab/experiments", plan),
                api.member(COMPANY)));
        assertTrue(body.contains("risksAndSafety") && body.contains("personalDataHandling"), body);
    }

    private static Map<String, Object> plan(String testFieldId) {
        Map<String, Object> plan = new HashMap<>();
        plan.put("title", "自動配送ロボットの公道実証");
        plan.put("hypothesis", "商店街の配送を自動配送ロボットで担えば、高齢者の買い物負担が減る。");
        plan.put("facilityType", "道路");
        plan.put("area", "中延");
        plan.put("dataNeeded", "歩行者通行量");
        plan.put("residentMonitors", true);
        plan.put("periodFrom", "2026-10-01");
        plan.put("periodTo", "2027-01-31");
        plan.put("risksAndSafety", "歩行者との接触防止のため監視員が同行します。");
        plan.put("personalDataHandling", "カメラ映像は端末内で匿名化し、保存しません。");
        plan.put("sdgTargets", List.of("9.1", "11.2"));
        if (testFieldId != null) {
            plan.put("testFieldId", testFieldId);
        }
        return plan;
    }
}
