package jp.kyoso.local;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import jp.kyoso.local.demo.FundCallBody;
import jp.kyoso.local.launcher.KyosoLocal;
import jp.kyoso.local.launcher.LocalPlatform;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Checks {@code docs/authorization-matrix.md} against the running platform: (1) the table lists exactly the
 * endpoints of the services' OpenAPI specs, and (2) every cell holds, by a real request through the portal with a
 * token for that column's role. Fixtures of its own (two approved organisations, a declaration, challenges and a
 * proposal, a fund call and application with one committee member conflicted, an agreed field experiment and its
 * collaboration project, an issue, a working group, a held meeting, a youth idea) make the owner/other, conflict and
 * youth columns real; the test only adds data, so it shares the platform with the browser journeys.
 */
@ExtendWith(SharedPlatform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuthorizationMatrixIT {

    static final List<String> COLUMNS = List.of("anonymous", "member-own", "member-other", "staff-own", "staff-other",
            "secretariat", "committee", "committee-conflict", "admin", "youth");
    private static final List<String> SERVICES = List.of("co-creation", "city-lab", "declarations", "fund", "kpi",
            "portal");
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration APPROVAL_WAIT = Duration.ofSeconds(90);
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    /**
     * Cells not sent, with the reason; each is covered elsewhere. Starting a KPI rebuild empties and refills the
     * projections the browser journeys are counting on at the same moment.
     */
    private static final Map<String, String> NOT_SENT = Map.of(
            "admin POST /api/kpi/rebuild", "disrupts the shared platform's KPIs; RebuildIT in kpi covers it",
            "* GET /api/fund/applications/{id}/report/attachments/{attachmentId}",
            "needs an awarded grant's report file; its rights are the application's, checked on /attachments",
            "* DELETE /api/fund/applications/{id}/report/attachments/{attachmentId}",
            "needs an awarded grant's report file; its rights are the application's, checked on /attachments");
    /** The body of an upload row: one small PDF as the multipart part {@code file}. */
    private static final String MULTIPART = "multipart:file";
    private static final String BOUNDARY = "kyoso-matrix-boundary";

    private final LocalPlatform platform = SharedPlatform.platform();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    @Order(1)
    void theTableListsExactlyTheEndpointsOfEveryServicesOpenApiSpec() {
        Set<String> inCode = new TreeSet<>();
        for (String service : SERVICES) {
            HttpResponse<String> spec = send("GET", platform.serviceUrl(service)
                    .resolve("/swagger/kyoso-" + service + "-1.yml"), null, null);
            assertEquals(200, spec.statusCode(), service + " publishes its OpenAPI spec");
            for (String endpoint : OpenApiPaths.endpoints(spec.body())) {
                inCode.add(service + " " + endpoint);
            }
        }
        Set<String> inTable = new TreeSet<>();
        for (Row row : Row.readTable()) {
            assertTrue(inTable.add(row.service() + " " + row.key()), "listed twice: " + row.key());
        }
        Set<String> missing = new TreeSet<>(inCode);
        missing.removeAll(inTable);
        Set<String> stale = new TreeSet<>(inTable);
        stale.removeAll(inCode);
        assertTrue(missing.isEmpty() && stale.isEmpty(),
                "docs/authorization-matrix.md must match the code.\nIn the specs, not in the table: " + missing
                        + "\nIn the table, not in the specs: " + stale);
    }

    @Test
    @Order(2)
    void everyCellOfTheTableHolds() {
        Fixtures fixtures = new Fixtures();
        List<Row> rows = new ArrayList<>(Row.readTable());
        // Reads first, state changes after, and what ends a fixture's life (withdraw, suspend, ...) last, so every
        // row meets the fixtures in the state they were made in, or a later one that answers 409, never 403.
        rows.sort(Comparator.comparingInt(Row::stage));
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Row row : rows) {
            Substituted path = fixtures.substitute(row.path());
            // Denials first: an allowed request may change the fixture (submit, close) that a denial must meet as is.
            for (boolean allowedPass : new boolean[] {false, true}) {
                for (int column = 0; column < COLUMNS.size(); column++) {
                    String role = COLUMNS.get(column);
                    boolean allow = !"deny".equals(row.cells().get(column));
                    if (allow != allowedPass) {
                        continue;
                    }
                    if (NOT_SENT.containsKey(role + " " + row.method() + " " + row.path())
                            || NOT_SENT.containsKey("* " + row.method() + " " + row.path())) {
                        continue;
                    }
                    HttpResponse<String> answer = send(row.method(), platform.portalUrl().resolve(path.path()),
                            fixtures.token(role), row.method().equals("GET") || row.method().equals("DELETE") ? null
                                    : fixtures.body(row));
                    int status = answer.statusCode();
                    boolean refused = status == 401 || status == 403 || (status == 404 && path.allReal());
                    checked++;
                    if (status >= 500) {
                        wrong.add(row.key() + " as " + role + ": " + status + " " + answer.body());
                    } else if (allow == refused) {
                        wrong.add(row.key() + " as " + role + ": expected " + row.cells().get(column) + ", got "
                                + status + " " + abbreviate(answer.body()));
                    }
                }
            }
        }
        assertTrue(checked > rows.size() * (COLUMNS.size() - 1), "cells checked: " + checked);
        assertTrue(wrong.isEmpty(), wrong.size() + " cell(s) of docs/authorization-matrix.md do not hold:\n"
                + String.join("\n", wrong));
    }

    private static String abbreviate(String body) {
        return body == null || body.length() <= 300 ? body : body.substring(0, 300) + "...";
    }

    private HttpResponse<String> send(String method, URI uri, String token, String body) {
        // No Accept header: endpoints that produce CSV are then chosen by path, as a browser's download is.
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else if (body.equals(MULTIPART)) {
            String part = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"権限表.pdf\"\r\n"
                    + "Content-Type: application/pdf\r\n\r\n%PDF-1.7\n%%EOF\n\r\n--" + BOUNDARY + "--\r\n";
            request.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                    .method(method, HttpRequest.BodyPublishers.ofString(part, StandardCharsets.UTF_8));
        } else {
            request.header("Content-Type", body.startsWith("{") ? "application/json" : "text/plain")
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + uri + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One row of the table: an endpoint and the expected decision for each column. */
    record Row(String service, String method, String path, List<String> cells) {

        private static final Set<String> ENDINGS = Set.of("withdraw", "suspend", "reject", "revoke", "archive",
                "close", "cancel", "decline", "award", "complete", "leave", "promote");

        String key() {
            return method + " " + path;
        }

        int stage() {
            String last = path.substring(path.lastIndexOf('/') + 1);
            if (path.startsWith("/api/cocreation/organisations/{id}/") && !method.equals("GET")) {
                return 4;
            }
            if (method.equals("GET")) {
                return 0;
            }
            return ENDINGS.contains(last) || method.equals("DELETE") ? 2 : 1;
        }

        static List<Row> readTable() {
            Path file = KyosoLocal.repositoryRoot().resolve("docs/authorization-matrix.md");
            List<Row> rows = new ArrayList<>();
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.startsWith("|")) {
                        continue;
                    }
                    String[] cells = line.substring(1, line.lastIndexOf('|')).split("\\|");
                    if (cells.length != 3 + COLUMNS.size() || !cells[1].strip().matches("GET|POST|PUT|DELETE|PATCH")) {
                        continue;
                    }
                    List<String> decisions = new ArrayList<>();
                    for (int i = 3; i < cells.length; i++) {
                        String decision = cells[i].strip();
                        if (!Set.of("allow", "deny", "own").contains(decision)) {
                            throw new IllegalStateException("cell '" + decision + "' in: " + line);
                        }
                        decisions.add(decision);
                    }
                    rows.add(new Row(cells[0].strip(), cells[1].strip(), cells[2].strip().replace("`", ""),
                            decisions));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return rows;
        }
    }

    /** A path with its parameters replaced; {@code allReal} when it has some and each names a fixture that exists. */
    record Substituted(String path, boolean allReal) {
    }

    /** The paths and methods of an OpenAPI document as Micronaut writes it (two-space YAML, one key a line). */
    static final class OpenApiPaths {

        private static final Pattern PATH = Pattern.compile("^  (/\\S*):\\s*$");
        private static final Pattern METHOD = Pattern.compile("^    (get|post|put|delete|patch):\\s*$");

        static List<String> endpoints(String yaml) {
            List<String> endpoints = new ArrayList<>();
            boolean inPaths = false;
            String path = null;
            for (String line : yaml.split("\n")) {
                if (!line.startsWith(" ") && !line.isBlank()) {
                    inPaths = line.startsWith("paths:");
                    continue;
                }
                if (!inPaths) {
                    continue;
                }
                Matcher p = PATH.matcher(line);
                if (p.matches()) {
                    path = p.group(1).replaceAll("^\"|\"$", "");
                    continue;
                }
                Matcher m = METHOD.matcher(line);
                if (m.matches() && path != null) {
                    endpoints.add(m.group(1).toUpperCase() + " " + path);
                }
            }
            return endpoints;
        }
    }

    /** The test's own records, and a token for each column. */
    final class Fixtures {

        private final String secret = platform.jwtSecret();
        private final String suffix = UUID.randomUUID().toString().substring(0, 8);
        private final UUID ownDepartment = UUID.randomUUID();
        private final UUID otherDepartment = UUID.randomUUID();
        private final String committeeId = "matrix-committee-" + suffix;
        private final String conflictedId = "matrix-conflicted-" + suffix;
        private final String memberId = "matrix-member-" + suffix;
        private final String youthId = "matrix-youth-" + suffix;
        private final UUID ownOrganisation;
        private String commitmentId;
        private final UUID otherOrganisation;
        private final Map<String, String> tokens = new LinkedHashMap<>();
        /** Parameter values by the collection named just before them in the path. */
        private final Map<String, String> byCollection = new LinkedHashMap<>();
        /** A file attached to each fixture that takes files, by the path before its {@code {attachmentId}}. */
        private final Map<String, String> attachments = new LinkedHashMap<>();

        Fixtures() {
            tokens.put("secretariat", mint("matrix-secretariat-" + suffix, null, "SECRETARIAT"));
            tokens.put("admin", mint("matrix-admin-" + suffix, null, "ADMIN"));
            tokens.put("staff-own", mint("matrix-staff-" + suffix, ownDepartment, "STAFF"));
            tokens.put("staff-other", mint("matrix-staff-other-" + suffix, otherDepartment, "STAFF"));
            tokens.put("committee", mint(committeeId, null, "COMMITTEE"));
            tokens.put("committee-conflict", mint(conflictedId, null, "COMMITTEE"));
            ownOrganisation = approvedOrganisation("権限表テスト株式会社 " + suffix);
            otherOrganisation = approvedOrganisation("権限表テスト他社株式会社 " + suffix);
            tokens.put("member-own", mint(memberId, ownOrganisation, "MEMBER"));
            tokens.put("member-other", mint("matrix-member-other-" + suffix, otherOrganisation, "MEMBER"));
            tokens.put("youth", mint(youthId, null, "YOUTH"));
            // First, so that it has started (and can be held) once the other fixtures are made.
            String meeting = meetingEveryoneRegisteredFor();
            byCollection.put("organisations", ownOrganisation.toString());
            byCollection.put("declarations", declaration());
            attach("/api/declarations/{id}/evidence/", "/api/declarations/" + byCollection.get("declarations")
                    + "/evidence");
            byCollection.put("challenges", challenge("権限表テストの課題 " + suffix));
            byCollection.put("proposals", proposalToAPublishedChallenge());
            attach("/api/citylab/proposals/{id}/attachments/", "/api/citylab/proposals/" + byCollection.get("proposals")
                    + "/attachments");
            byCollection.put("seeds", expect(201, "POST", "/api/cocreation/seeds", token("member-own"),
                    seed()).path("id").asText());
            fundApplicationWithOneConflictedReviewer();
            fieldExperimentHostedByTheOwnDepartment();
            byCollection.put("issues", expect(201, "POST", "/api/cocreation/issues", token("member-own"), issue())
                    .path("id").asText());
            byCollection.put("working-groups", workingGroupLedByTheOwnMember());
            youthIdeaOfTheYouthColumn();
            holdWithApprovedMinutes(meeting);
            byCollection.put("meetings", meeting);
        }

        String token(String role) {
            return tokens.get(role);
        }

        /**
         * A body for a write. Where an owner check runs in the service after the body is validated, a valid body, so
         * that a caller who is not the owner meets that check rather than a 400; elsewhere an empty object (an
         * allowed caller then gets 400, or 409 from the fixture's state).
         */
        String body(Row row) {
            if (row.method().equals("POST") && row.path().matches(".*/(attachments|evidence)")) {
                return MULTIPART;
            }
            if (row.key().startsWith("POST /api/cocreation/organisations/bulk-approvals")
                    || row.key().equals("POST /api/kpi/plans/{code}/sheets")
                    || row.key().equals("POST /api/kpi/plans/{code}/sheets/preview")) {
                return "no-such-line\tnot-an-id\n"; // they take CSV/TSV text; this one names nothing
            }
            Object body = switch (row.key()) {
                case "PUT /api/declarations/{id}" -> declarationForm(0L);
                case "POST /api/declarations/{id}/submit" -> Map.of("version", 0);
                case "POST /api/declarations/{id}/reports" -> Map.of("fiscalYear", 2025,
                        "lines", List.of(Map.of("commitmentId", commitmentId, "valueReached", "5人")));
                case "PUT /api/fund/applications/{id}" -> fundApplication(byCollection.get("calls"));
                case "POST /api/fund/applications/{id}/report" -> Map.of("text", "権限表テストの実績報告");
                case "POST /api/cocreation/organisations/{id}/invitations",
                        "POST /api/cocreation/organisations/{id}/invitations/reissue" -> Map.of("email",
                        "invited-" + suffix + "@kyoso.example.jp", "role", "MEMBER");
                case "POST /api/cocreation/organisations/{id}/withdraw" -> Map.of("reason", "権限表テスト");
                case "POST /api/fund/review/applications/{id}/conflicts",
                        "POST /api/fund/review/applications/{id}/conflict" -> Map.of("conflicted", false);
                case "PUT /api/cocreation/organisations/{id}/members/{memberId}/role" -> Map.of("role", "MEMBER");
                case "PUT /api/cocreation/seeds/{id}" -> seed();
                case "PUT /api/citylab/proposals/{id}" -> proposal();
                case "POST /api/citylab/proposals/{id}/decline",
                        "POST /api/citylab/experiments/{id}/decline" -> Map.of("reason", "権限表テスト");
                case "POST /api/citylab/projects/{id}/complete" -> Map.of("resultReport", "権限表テストの成果報告");
                case "POST /api/cocreation/issues" -> issue();
                case "POST /api/cocreation/issues/{id}/comments" -> Map.of("body", "権限表テストのコメント");
                case "POST /api/cocreation/issues/{id}/promote" -> Map.of("departmentId", ownDepartment.toString());
                case "POST /api/cocreation/working-groups/{id}/members" -> Map.of("userId",
                        "matrix-added-" + suffix, "username", "matrix-added-" + suffix);
                case "POST /api/cocreation/working-groups/{id}/members/{memberId}/decide",
                        "POST /api/cocreation/working-groups/{id}/members/{memberId}/decision" -> Map.of("approve",
                        true);
                case "POST /api/fund/review/applications/{id}/scores",
                        "POST /api/fund/review/applications/{id}/evaluations",
                        "POST /api/fund/review/applications/{id}/evaluation" -> Map.of("confidence", 3,
                        "scores", List.of(Map.of("criterionCode", "impact", "score", 3)));
                default -> Map.of();
            };
            return write(body);
        }

        Substituted substitute(String template) {
            Matcher parameter = PARAMETER.matcher(template);
            StringBuilder path = new StringBuilder();
            // A path without parameters names no record of the test's: its 404 ("no such account") is no denial.
            boolean allReal = true;
            boolean any = false;
            while (parameter.find()) {
                any = true;
                String before = template.substring(0, parameter.start());
                String collection = before.substring(before.lastIndexOf('/', before.length() - 2) + 1,
                        before.length() - 1);
                String value = parameter.group(1).equals("attachmentId") ? attachments.get(before)
                        : byCollection.get(collection);
                if (value == null || !parameter.group(1).matches("id|organisationId|challengeId|attachmentId")) {
                    allReal = false;
                    value = UUID.randomUUID().toString();
                }
                parameter.appendReplacement(path, Matcher.quoteReplacement(value));
            }
            parameter.appendTail(path);
            return new Substituted(path.toString(), any && allReal);
        }

        private UUID approvedOrganisation(String name) {
            JsonNode created = expect(201, "POST", "/api/cocreation/organisations", null,
                    Map.of("name", name, "organisationType", "COMPANY", "contactName", "権限 太郎",
                            "contactEmail", "matrix-" + suffix + "@kyoso.example.jp"));
            UUID id = UUID.fromString(created.path("id").asText());
            expect(200, "POST", "/api/cocreation/organisations/" + id + "/approve", token("secretariat"), null);
            return id;
        }

        private String declaration() {
            JsonNode declaration = onceApproved("POST", "/api/declarations", token("member-own"),
                    declarationForm(null));
            commitmentId = declaration.path("commitments").path(0).path("id").asText(UUID.randomUUID().toString());
            return declaration.path("id").asText();
        }

        private Map<String, Object> declarationForm(Long version) {
            Map<String, Object> form = new LinkedHashMap<>();
            form.put("version", version);
            form.put("representativeName", "権限 太郎");
            form.put("representativeTitle", "代表取締役");
            form.put("vision", "権限表のテストのための宣言です。地域とともに持続可能な事業を進めます。");
            form.put("commitments", List.of(Map.of("sdgTarget", "8.5", "action", "誰もが働きやすい職場をつくる",
                    "indicator", "短時間勤務の利用者数", "baseline", "0人（2024年度）", "targetValue", "10人",
                    "targetYear", 2030)));
            return form;
        }

        private Map<String, Object> fundApplication(String callId) {
            Map<String, Object> application = new LinkedHashMap<>();
            application.put("callId", callId);
            application.put("title", "権限表テストの申請 " + suffix);
            application.put("plan", "権限表のテストのための事業計画です。");
            application.put("sdgTargets", List.of("11.3"));
            application.put("budget", List.of(Map.of("item", "会場費", "amountYen", 900_000)));
            application.put("totalCostYen", 900_000);
            application.put("requestedYen", 600_000);
            application.put("expectedOutcomes", "権限の確認");
            application.put("kpis", "確認件数");
            return application;
        }

        /** An issue raised for the own organisation: only who acts for it may raise one in its name. */
        private Map<String, Object> issue() {
            return Map.of("organisationId", ownOrganisation.toString(), "title", "権限表テストの地域課題 " + suffix,
                    "body", "権限表のテストのための地域課題です。", "sdgTargets", List.of("11.3"));
        }

        /**
         * A meeting starting in a few seconds, for which every column's user (but the youth, who may not register)
         * registers now; {@link #holdWithApprovedMinutes} holds it once it has started, so that its minutes are public
         * and each caller's registration is there to read.
         */
        private String meetingEveryoneRegisteredFor() {
            LocalDateTime startsAt = LocalDateTime.now(TOKYO).plusSeconds(20).truncatedTo(ChronoUnit.SECONDS);
            Map<String, Object> form = new LinkedHashMap<>();
            form.put("kind", "EXCHANGE_OF_VIEWS");
            form.put("title", "権限表テストの意見交換会 " + suffix);
            form.put("agenda", "権限の確認");
            form.put("startsAtTokyo", startsAt.toString());
            form.put("endsAtTokyo", startsAt.plusHours(2).toString());
            form.put("place", "区役所 第1会議室");
            form.put("capacity", 50);
            String meeting = expect(201, "POST", "/api/cocreation/meetings", token("secretariat"), form).path("id")
                    .asText();
            for (String role : COLUMNS) {
                if (!role.equals("anonymous") && !role.equals("youth")) {
                    expect(200, "POST", "/api/cocreation/meetings/" + meeting + "/register", token(role), null);
                }
            }
            return meeting;
        }

        private void holdWithApprovedMinutes(String meeting) {
            String path = "/api/cocreation/meetings/" + meeting;
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                HttpResponse<String> held = send("POST", platform.portalUrl().resolve(path + "/record-attendance"),
                        token("secretariat"), write(Map.of("attendedUserIds", List.of(), "walkIns", 0)));
                if (held.statusCode() == 409) {
                    return false; // not started yet (meeting.notStartedYet): the platform's clock decides
                }
                assertEquals(200, held.statusCode(), "attendance: " + held.body());
                return true;
            });
            int revision = expect(200, "PUT", path + "/minutes", token("secretariat"),
                    Map.of("body", "権限表テストの議事録")).path("revision").asInt();
            expect(200, "POST", path + "/minutes/approve", token("secretariat"), Map.of("revision", revision));
        }

        /** The own organisation proposes; the own department, asked to host, agrees: a collaboration project. */
        private void fieldExperimentHostedByTheOwnDepartment() {
            Map<String, Object> plan = new LinkedHashMap<>();
            plan.put("title", "権限表テストの実証実験 " + suffix);
            plan.put("hypothesis", "権限表のテストのための仮説です。");
            plan.put("facilityType", "公園");
            plan.put("area", "大井");
            plan.put("residentMonitors", false);
            plan.put("periodFrom", LocalDate.now(TOKYO).plusDays(90).toString());
            plan.put("periodTo", LocalDate.now(TOKYO).plusDays(120).toString());
            plan.put("risksAndSafety", "なし");
            plan.put("personalDataHandling", "取得しません");
            plan.put("sdgTargets", List.of("11.3"));
            String experiment = onceApproved("POST", "/api/citylab/experiments", token("member-own"), plan)
                    .path("id").asText();
            attach("/api/citylab/experiments/{id}/attachments/", "/api/citylab/experiments/" + experiment
                    + "/attachments");
            expect(200, "POST", "/api/citylab/experiments/" + experiment + "/hosts", token("secretariat"),
                    Map.of("departmentId", ownDepartment.toString()));
            String project = expect(200, "POST", "/api/citylab/experiments/" + experiment + "/accept",
                    token("staff-own"), null).path("projectId").asText();
            byCollection.put("experiments", experiment);
            byCollection.put("projects", project);
        }

        /** A public, open working group whose lead is the member-own column's user. */
        private String workingGroupLedByTheOwnMember() {
            return expect(201, "POST", "/api/cocreation/working-groups", token("secretariat"),
                    Map.of("name", "権限表テスト部会 " + suffix, "description", "権限表のテストのための部会です。",
                            "leadUserId", memberId)).path("id").asText();
        }

        /** The youth column's user is enrolled and writes an idea on a theme of the secretariat's. */
        private void youthIdeaOfTheYouthColumn() {
            String theme = expect(201, "POST", "/api/cocreation/youth/themes", token("secretariat"),
                    Map.of("title", "権限表テストのテーマ " + suffix, "description", "権限表のテストのためのテーマです。"))
                    .path("id").asText();
            expect(201, "POST", "/api/cocreation/youth/participants", token("secretariat"),
                    Map.of("userId", youthId, "nickname", "けんげん" + suffix, "schoolYear", "HS_1"));
            byCollection.put("themes", theme);
            byCollection.put("ideas", expect(201, "POST", "/api/cocreation/youth/themes/" + theme + "/ideas",
                    token("youth"), Map.of("title", "権限表テストのアイデア", "body", "権限表のテストのためのアイデアです。"))
                    .path("id").asText());
        }

        private Map<String, Object> seed() {
            return Map.of("organisationId", ownOrganisation.toString(), "title", "権限表テストのシーズ " + suffix,
                    "description", "権限表のテストのためのシーズです。", "sdgTargets", List.of("9.5"));
        }

        /** A second challenge of the department, taken through refinement and sign-off to publication. */
        private String proposalToAPublishedChallenge() {
            String challenge = "/api/citylab/challenges/" + challenge("権限表テストの公開課題 " + suffix);
            expect(200, "POST", challenge + "/start-refinement", token("secretariat"), null);
            Map<String, Object> refinement = challengeBody("権限表テストの公開課題 " + suffix);
            refinement.remove("proposalDeadline");
            refinement.put("solutionDirection", "権限の確認");
            refinement.put("note", "権限表テスト");
            expect(201, "POST", challenge + "/versions", token("secretariat"), refinement);
            expect(200, "POST", challenge + "/request-signoff", token("secretariat"), null);
            expect(200, "POST", challenge + "/sign-off", token("staff-own"), null);
            expect(200, "POST", challenge + "/publish", token("secretariat"), null);
            return onceApproved("POST", challenge + "/proposals", token("member-own"), proposal()).path("id").asText();
        }

        private Map<String, Object> proposal() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("title", "権限表テストの提案 " + suffix);
            body.put("summary", "権限表のテストのための提案です。");
            body.put("approach", "権限を確認します。");
            body.put("team", "1名");
            body.put("sdgTargets", List.of("11.3"));
            body.put("expectedOutcome", "権限の確認");
            body.put("costEstimateYen", 100_000);
            body.put("periodFrom", LocalDate.now(TOKYO).plusDays(90).toString());
            body.put("periodTo", LocalDate.now(TOKYO).plusDays(120).toString());
            return body;
        }

        private String challenge(String title) {
            return expect(201, "POST", "/api/citylab/challenges", token("staff-own"), challengeBody(title)).path("id")
                    .asText();
        }

        private Map<String, Object> challengeBody(String title) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("title", title);
            body.put("background", "権限表のテストのための課題です。");
            body.put("desiredOutcome", "権限の確認");
            body.put("targetKpi", "確認件数");
            body.put("constraints", "なし");
            body.put("sdgTargets", List.of("11.3"));
            body.put("budgetYen", 100_000);
            body.put("proposalDeadline", LocalDate.now(TOKYO).plusDays(60).toString());
            return body;
        }

        private void fundApplicationWithOneConflictedReviewer() {
            Map<String, Object> call = FundCallBody.of("権限表テストの公募 " + suffix, "権限表のテストのための公募です。",
                    10_000_000, List.of(FundCallBody.criterion("impact", "効果", 3, true),
                            FundCallBody.criterion("feasibility", "実現性", 2, true)));
            String callId = expect(201, "POST", "/api/fund/calls", token("secretariat"), call).path("id").asText();
            expect(200, "POST", "/api/fund/calls/" + callId + "/open", token("secretariat"), null);
            byCollection.put("calls", callId);
            // The own organisation is an investor too (出資企業): its people, and only they, read its statement.
            expect(201, "POST", "/api/fund/contributions", token("secretariat"), Map.of("contributorKind", "INVESTOR",
                    "contributorOrganisationId", ownOrganisation.toString(), "contributorName",
                    "権限表テスト株式会社 " + suffix, "pledgedYen", 1_000));

            String applicationId = onceApproved("POST", "/api/fund/applications", token("member-own"),
                    fundApplication(callId)).path("id").asText();
            attach("/api/fund/applications/{id}/attachments/", "/api/fund/applications/" + applicationId
                    + "/attachments");
            expect(200, "POST", "/api/fund/applications/" + applicationId + "/submit", token("member-own"), null);
            byCollection.put("applications", applicationId);

            expect(201, "POST", "/api/fund/review/applications/" + applicationId + "/conflicts", token("committee"),
                    Map.of("conflicted", false));
            expect(201, "POST", "/api/fund/review/applications/" + applicationId + "/conflicts",
                    token("committee-conflict"), Map.of("conflicted", true, "reason", "申請団体の役員を務めている"));
            expect(201, "POST", "/api/fund/applications/" + applicationId + "/reviewers", token("secretariat"),
                    Map.of("reviewerId", committeeId));
        }

        /** Services learn of an approval through events: a first request may still be refused. */
        private JsonNode onceApproved(String method, String path, String token, Object body) {
            JsonNode[] answer = new JsonNode[1];
            await().atMost(APPROVAL_WAIT).pollInterval(Duration.ofSeconds(1)).until(() -> {
                HttpResponse<String> response = send(method, platform.portalUrl().resolve(path), token, write(body));
                if (response.statusCode() == 403) {
                    return false;
                }
                assertEquals(201, response.statusCode(), method + " " + path + ": " + response.body());
                answer[0] = JSON.readTree(response.body());
                return true;
            });
            return answer[0];
        }

        /** Uploads a small PDF as member-own to {@code path} and keeps its id for the rows under {@code template}. */
        private void attach(String template, String path) {
            HttpResponse<String> response = send("POST", platform.portalUrl().resolve(path), token("member-own"),
                    MULTIPART);
            assertEquals(201, response.statusCode(), "POST " + path + ": " + response.body());
            try {
                attachments.put(template, JSON.readTree(response.body()).path("id").asText());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private JsonNode expect(int status, String method, String path, String token, Object body) {
            HttpResponse<String> response = send(method, platform.portalUrl().resolve(path), token,
                    body == null ? null : write(body));
            assertEquals(status, response.statusCode(), method + " " + path + ": " + response.body());
            try {
                return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A token as the portal issues it (HS256 with the platform's secret), for a user of our own making. */
        private String mint(String username, UUID organisation, String role) {
            long now = Instant.now().getEpochSecond();
            Map<String, Object> claims = new LinkedHashMap<>();
            claims.put("sub", username);
            claims.put("roles", List.of(role));
            claims.put("uid", username);
            claims.put("name", username);
            if (organisation != null) {
                claims.put("org", organisation.toString());
            }
            claims.put("iat", now);
            claims.put("nbf", now);
            claims.put("exp", now + 3600);
            Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
            String input = url.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                    + "." + url.encodeToString(write(claims).getBytes(StandardCharsets.UTF_8));
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                return input + "." + url.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static String write(Object body) {
        if (body == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
