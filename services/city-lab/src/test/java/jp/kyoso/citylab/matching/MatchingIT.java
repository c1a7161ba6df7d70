package jp.kyoso.citylab.matching;

import static jp.kyoso.citylab.support.CityLabApi.CHALLENGES;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.citylab.organisation.OrganisationReplicaRepository;
import jp.kyoso.citylab.seed.SeedRepository;
import jp.kyoso.citylab.support.CityLabApi;
import jp.kyoso.citylab.support.CityLabEvents;
import jp.kyoso.events.Topics;
import jp.kyoso.events.citylab.InvitationOutcome;
import jp.kyoso.events.citylab.InvitationOutcomeKind;
import jp.kyoso.events.citylab.MatchSuggested;
import jp.kyoso.events.cocreation.OrganisationApproved;
import jp.kyoso.events.cocreation.OrganisationType;
import jp.kyoso.events.cocreation.SeedPublished;
import jp.kyoso.events.cocreation.SeedWithdrawn;
import jp.kyoso.testsupport.ServiceTestProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Concierge matching from co-creation's seeds, invitations and their outcomes, on real PostgreSQL and Kafka. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatchingIT implements TestPropertyProvider {

    private static final UUID DEPARTMENT = UUID.randomUUID();
    private static final UUID SENSORS = UUID.randomUUID();
    private static final UUID SHOPS = UUID.randomUUID();
    private static final UUID OCEAN = UUID.randomUUID();
    private static final UUID SENSOR_SEED = UUID.randomUUID();
    private static final UUID WITHDRAWN_SEED = UUID.randomUUID();

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JwtTokenGenerator jwt;

    @Inject
    OrganisationReplicaRepository organisations;

    @Inject
    SeedRepository seeds;

    private CityLabApi api;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = ServiceTestProperties.forService("citylab_matching_it");
        properties.put("kyoso.citylab.deadline-job-enabled", "false");
        return properties;
    }

    @BeforeAll
    void membersAndSeeds() {
        api = new CityLabApi(http, jwt);
        approve(SENSORS, "しながわセンサー株式会社");
        approve(SHOPS, "戸越まちづくり合同会社");
        approve(OCEAN, "東京湾ブルー株式会社");
        Instant now = Instant.now();
        CityLabEvents.publish(new SeedPublished(SENSOR_SEED.toString(), SENSORS.toString(), "高齢者見守りセンサー",
                "一人暮らしの高齢者の生活リズムを非接触センサーで見守ります。", List.of("3.8", "11.7"), List.of("見守り", "高齢者"),
                now));
        CityLabEvents.publish(new SeedPublished(UUID.randomUUID().toString(), SHOPS.toString(), "空き店舗の再生",
                "商店街の空き店舗を地域の拠点に再生します。", List.of("8.3", "11.3"), List.of("商店街"), now));
        CityLabEvents.publish(new SeedPublished(UUID.randomUUID().toString(), OCEAN.toString(), "海洋プラスチック回収",
                "運河のごみを回収する船を運航します。", List.of("14.1"), List.of("海洋"), now));
        CityLabEvents.publish(new SeedPublished(WITHDRAWN_SEED.toString(), OCEAN.toString(), "高齢者の見守り配食",
                "高齢者への配食で見守りを行います。", List.of("3.8", "11.7"), List.of("見守り"), now));
        CityLabEvents.publish(new SeedWithdrawn(WITHDRAWN_SEED.toString(), OCEAN.toString(), now));
        await().atMost(Duration.ofSeconds(30)).until(() -> organisations.existsById(OCEAN) && seeds.count() == 3);
    }

    @Test
    void organisationsAreRankedBySdgOverlapAndTextWithAReasonAndInvitationsRecordTheirOutcome() {
        String challenge = (String) api.publishedChallenge(DEPARTMENT, "一人暮らし高齢者の見守り",
                CityLabApi.daysFromToday(30)).get("id");
        // The challenge aims at 8.3 and 11.3 (see CityLabApi): the shops seed shares both, the sensors seed goal 11 only.
        Map<?, ?> ranking = api.get(CHALLENGES + "/" + challenge + "/matches", api.secretariat());
        List<?> items = (List<?>) ranking.get("items");
        Map<?, ?> first = (Map<?, ?>) items.get(0);
        assertEquals(SHOPS.toString(), first.get("organisationId"));
        assertEquals(List.of("8.3", "11.3"), first.get("sharedTargets"));
        assertTrue(((String) first.get("reason")).contains("共通のSDGsターゲット: 8.3, 11.3"), (String) first.get("reason"));
        assertTrue(items.stream().noneMatch(m -> OCEAN.toString().equals(((Map<?, ?>) m).get("organisationId"))),
                items.toString());
        Map<?, ?> second = (Map<?, ?>) items.get(1);
        assertEquals(SENSORS.toString(), second.get("organisationId"));
        assertEquals(List.of(11), second.get("sharedGoals"));
        String english = (String) ((Map<?, ?>) ((List<?>) http.toBlocking().retrieve(HttpRequest.GET(CHALLENGES + "/"
                + challenge + "/matches").header("Accept-Language", "en").bearerAuth(api.secretariat()), Map.class)
                .get("items")).get(0)).get("reason");
        assertTrue(english.startsWith("Shared SDG targets: 8.3, 11.3"), english);
        assertEquals(HttpStatus.FORBIDDEN, api.refused(HttpRequest.GET(CHALLENGES + "/" + challenge + "/matches"),
                api.member(SHOPS)).getStatus());

        // Publication recorded matching's first suggestions as events, in rank order and with their reasons.
        List<MatchSuggested> suggested = await().atMost(Duration.ofSeconds(30)).until(
                () -> CityLabEvents.records(Topics.CITYLAB_CHALLENGE, challenge).stream().map(CityLabEvents::decode)
                        .filter(MatchSuggested.class::isInstance).map(MatchSuggested.class::cast).toList(),
                found -> found.size() == 2);
        assertEquals(List.of(SHOPS.toString(), SENSORS.toString()),
                suggested.stream().map(MatchSuggested::organisationId).toList());
        assertEquals(List.of(1, 2), suggested.stream().map(MatchSuggested::rank).toList());
        assertEquals(List.of("8.3", "11.3"), suggested.get(0).sharedTargets());

        String invited = (String) api.post(CHALLENGES + "/" + challenge + "/invitations",
                Map.of("organisationId", SHOPS.toString()), api.secretariat()).get("id");
        api.post(CHALLENGES + "/" + challenge + "/invitations", Map.of("organisationId", SENSORS.toString(),
                "seedId", SENSOR_SEED.toString()), api.secretariat());
        assertEquals(HttpStatus.CONFLICT, api.refused(HttpRequest.POST(CHALLENGES + "/" + challenge + "/invitations",
                Map.of("organisationId", SHOPS.toString())), api.secretariat()).getStatus());
        assertEquals(HttpStatus.BAD_REQUEST, api.refused(HttpRequest.POST(CHALLENGES + "/" + challenge
                + "/invitations", Map.of("organisationId", UUID.randomUUID().toString())), api.secretariat()).getStatus());

        String proposal = (String) api.post(CHALLENGES + "/" + challenge + "/proposals",
                CityLabApi.proposalForm("空き店舗を見守り拠点に"), api.member(SHOPS)).get("id");
        api.post(CHALLENGES + "/" + challenge + "/close", "", api.secretariat());

        List<?> outcomes = (List<?>) api.get(CHALLENGES + "/" + challenge + "/invitations", api.secretariat())
                .get("items");
        Map<?, ?> shops = find(outcomes, SHOPS);
        assertEquals("PROPOSED", shops.get("status"));
        assertEquals(proposal, shops.get("proposalId"));
        assertEquals("NO_PROPOSAL", find(outcomes, SENSORS).get("status"));

        List<InvitationOutcome> events = await().atMost(Duration.ofSeconds(30)).until(
                () -> CityLabEvents.records(Topics.CITYLAB_CHALLENGE, challenge).stream().map(CityLabEvents::decode)
                        .filter(InvitationOutcome.class::isInstance).map(InvitationOutcome.class::cast).toList(),
                found -> found.size() == 2);
        InvitationOutcome proposed = events.stream().filter(e -> invited.equals(e.invitationId())).findFirst()
                .orElseThrow();
        assertEquals(InvitationOutcomeKind.PROPOSED, proposed.outcome());
        assertTrue(CityLabEvents.types(Topics.CITYLAB_CHALLENGE, challenge)
                .contains("jp.kyoso.citylab.invitation.sent.v1"));
    }

    private static Map<?, ?> find(List<?> invitations, UUID organisation) {
        return (Map<?, ?>) invitations.stream().filter(i -> organisation.toString().equals(((Map<?, ?>) i)
                .get("organisationId"))).findFirst().orElseThrow();
    }

    private static void approve(UUID organisation, String name) {
        CityLabEvents.publish(new OrganisationApproved(organisation.toString(), name, OrganisationType.COMPANY, null,
                Instant.now(), "secretariat"));
    }
}
