package jp.kyoso.local.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.Collections;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import jp.kyoso.testsupport.embedded.EmbeddedPostgresServer;

/**
 * Load for benchmarks and fault tests: City Lab proposals submitted over HTTP by members of many organisations, as
 * fast or as steadily as asked. One active proposal is allowed per organisation and challenge, so the fixture
 * approves {@code organisations} organisations and publishes {@code challenges} challenges straight in City Lab's
 * database (set-up, not what is measured), giving {@code organisations × challenges} distinct proposals.
 */
public final class ProposalLoad {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final long TOKEN_REUSE = TimeUnit.MINUTES.toNanos(30);

    private final URI cityLab;
    private final URI kpi;
    private final String secret;
    private final List<UUID> organisations;
    private final List<UUID> challenges;
    private final AtomicInteger next = new AtomicInteger();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final byte[] body;
    private final AtomicReference<Throwable> lastFailure = new AtomicReference<>();
    private final Map<UUID, SignedToken> memberTokens = new ConcurrentHashMap<>();

    private ProposalLoad(URI cityLab, URI kpi, String secret, List<UUID> organisations, List<UUID> challenges) {
        this.cityLab = cityLab;
        this.kpi = kpi;
        this.secret = secret;
        this.organisations = organisations;
        this.challenges = challenges;
        this.body = proposalJson();
    }

    /**
     * Approves the organisations and publishes the challenges in City Lab's database.
     *
     * @param target the running platform
     * @param organisations how many organisations may propose
     * @param challenges how many challenges they may propose to
     * @return the load, ready to submit
     */
    public static ProposalLoad prepare(Target target, int organisations, int challenges) {
        List<UUID> orgs = new ArrayList<>();
        List<UUID> open = new ArrayList<>();
        for (int i = 0; i < organisations; i++) {
            orgs.add(UUID.randomUUID());
        }
        for (int i = 0; i < challenges; i++) {
            open.add(UUID.randomUUID());
        }
        try (Connection db = DriverManager.getConnection(target.postgres().jdbcUrl("citylab"),
                target.postgres().username(), target.postgres().password())) {
            db.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement approve = db.prepareStatement("""
                    insert into organisation_replica (id, name, organisation_type, approved_at)
                    values (?, ?, 'COMPANY', ?)""")) {
                for (UUID org : orgs) {
                    approve.setObject(1, org);
                    approve.setString(2, "負荷試験株式会社 " + org.toString().substring(0, 8));
                    approve.setTimestamp(3, now);
                    approve.addBatch();
                }
                approve.executeBatch();
            }
            try (PreparedStatement publish = db.prepareStatement("""
                    insert into challenge (id, title, background, sdg_targets, status, current_version, drafted_by,
                        drafted_at, published_by, published_at, deadline)
                    values (?, ?, '負荷試験のための課題です。', '11.2', 'PUBLISHED', 1, 'bench', ?, 'bench', ?, ?)""")) {
                for (UUID challenge : open) {
                    publish.setObject(1, challenge);
                    publish.setString(2, "負荷試験の課題 " + challenge.toString().substring(0, 8));
                    publish.setTimestamp(3, now);
                    publish.setTimestamp(4, now);
                    publish.setTimestamp(5, Timestamp.from(Instant.now().plus(Duration.ofDays(365))));
                    publish.addBatch();
                }
                publish.executeBatch();
            }
            db.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare City Lab for load", e);
        }
        return new ProposalLoad(target.cityLab(), target.kpi(), target.jwtSecret(), List.copyOf(orgs),
                List.copyOf(open));
    }

    /**
     * Takes {@code count} of the fixture's proposals for a load generator outside this JVM (the benchmark's wrk):
     * this load will not submit them itself.
     *
     * @return the block of proposal numbers taken; {@link #challengeOf} and {@link #organisationOf} name each one's pair
     */
    public Block reserve(int count) {
        int first = next.getAndAdd(count);
        if (first + count > organisations.size() * challenges.size()) {
            throw new IllegalStateException("The fixture has fewer than " + count + " proposals left to submit");
        }
        return new Block(first, count);
    }

    /** @return the challenge that proposal number {@code index} goes to */
    public UUID challengeOf(int index) {
        return challenges.get(index % challenges.size());
    }

    /** @return the organisation that proposal number {@code index} comes from */
    public UUID organisationOf(int index) {
        return organisations.get(organisationIndexOf(index));
    }

    /** @return the position, among the fixture's organisations, of the one proposal number {@code index} comes from */
    public int organisationIndexOf(int index) {
        return index / challenges.size();
    }

    /** @return City Lab's base URL, where proposals go */
    public URI cityLab() {
        return cityLab;
    }

    /** @return the body every submission sends (UTF-8 JSON) */
    public byte[] body() {
        return body.clone();
    }

    /** @return how many proposals this load can still submit */
    public int remaining() {
        return organisations.size() * challenges.size() - next.get();
    }

    /** @return why the last request without an answer (status 0) failed, if one did */
    public Optional<Throwable> lastFailure() {
        return Optional.ofNullable(lastFailure.get());
    }

    /** @return how many challenges the fixture published */
    public int challenges() {
        return challenges.size();
    }

    /** @return a challenge the fixture published */
    public UUID challenge(int index) {
        return challenges.get(index);
    }

    /** @return an organisation the fixture approved */
    public UUID organisation(int index) {
        return organisations.get(index);
    }

    /**
     * @return a member token of that organisation, signed as the portal signs; reused for half its hour, because
     *     signing one per request cost the load generator CPU that the measured services share
     */
    public String memberToken(UUID organisation) {
        long now = System.nanoTime();
        return memberTokens.compute(organisation, (org, signed) -> signed != null && now - signed.at() < TOKEN_REUSE
                ? signed : new SignedToken(token("bench-" + org, org, "MEMBER"), now)).token();
    }

    /**
     * Submits the next proposal without waiting.
     *
     * @return the answer: status and, on 201, the proposal id
     */
    public CompletableFuture<Submitted> submitAsync() {
        return submitAsync(cityLab);
    }

    /**
     * @param cityLabBase which City Lab instance to send to
     * @return the answer: status and, on 201, the proposal id
     */
    public CompletableFuture<Submitted> submitAsync(URI cityLabBase) {
        int index = next.getAndIncrement();
        if (index >= organisations.size() * challenges.size()) {
            throw new IllegalStateException("The fixture has no proposal left to submit");
        }
        UUID challenge = challengeOf(index);
        UUID organisation = organisationOf(index);
        HttpRequest request = HttpRequest.newBuilder(
                        cityLabBase.resolve("/api/citylab/challenges/" + challenge + "/proposals"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + memberToken(organisation))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                .thenApply(response -> new Submitted(response.statusCode(), System.nanoTime(), Instant.now(),
                        response.statusCode() == 201 ? idOf(response.body()) : null, challenge, organisation))
                .exceptionally(failure -> {
                    lastFailure.set(failure);
                    return new Submitted(0, System.nanoTime(), Instant.now(), null, challenge, organisation);
                });
    }

    /**
     * Submits at a fixed rate (open loop: a slow answer does not slow the next request) and runs timed actions on the
     * way, such as stopping the broker; returns once every request has its answer.
     *
     * @param perSecond requests per second
     * @param duration how long to keep submitting
     * @param actions what to do how long after the start (run on the scheduler thread, one at a time)
     * @return every answer, in the order the requests were sent
     */
    public List<Submitted> atRate(int perSecond, Duration duration, Map<Duration, Runnable> actions) {
        long period = TimeUnit.SECONDS.toNanos(1) / perSecond;
        long total = duration.toNanos() / period;
        List<CompletableFuture<Submitted>> sent = Collections.synchronizedList(new ArrayList<>());
        ScheduledExecutorService ticks = Executors.newScheduledThreadPool(3);
        try {
            CountDownLatch done = new CountDownLatch(1);
            AtomicLong count = new AtomicLong();
            ticks.scheduleAtFixedRate(() -> {
                if (count.getAndIncrement() < total) {
                    sent.add(submitAsync());
                } else {
                    done.countDown();
                }
            }, 0, period, TimeUnit.NANOSECONDS);
            List<ScheduledFuture<?>> timed = new ArrayList<>();
            actions.forEach((after, action) -> timed.add(ticks.schedule(action, after.toNanos(), TimeUnit.NANOSECONDS)));
            done.await();
            for (ScheduledFuture<?> action : timed) {
                action.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A timed action failed", e.getCause());
        } finally {
            ticks.shutdownNow();
        }
        List<Submitted> answers = new ArrayList<>();
        synchronized (sent) {
            sent.forEach(answer -> answers.add(answer.join()));
        }
        return answers;
    }

    /** Submits the next proposal and waits for the answer. */
    public Submitted submit() {
        return submitAsync().join();
    }

    /**
     * Withdraws a proposal as its organisation.
     *
     * @return the HTTP status
     */
    public int withdraw(URI cityLabBase, Submitted proposal) {
        HttpRequest request = HttpRequest.newBuilder(
                        cityLabBase.resolve("/api/citylab/proposals/" + proposal.proposalId() + "/withdraw"))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + memberToken(proposal.organisation()))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /**
     * @return City Lab's "proposals received" KPI of the current fiscal year, as the public endpoint answers it
     * @throws IllegalStateException when kpi does not answer 200
     */
    public long proposalsReceived() {
        HttpRequest request = HttpRequest.newBuilder(kpi.resolve("/api/kpi/citylab")).timeout(TIMEOUT).GET().build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("kpi answered " + response.statusCode());
            }
            return JSON.readTree(response.body()).path("proposals").path("received").asLong();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param organisation the user's organisation, or null
     * @return a token with the claims the portal writes, signed with the platform's secret
     */
    public String token(String username, UUID organisation, String... roles) {
        Map<String, Object> claims = new LinkedHashMap<>();
        long now = Instant.now().getEpochSecond();
        claims.put("sub", username);
        claims.put("roles", List.of(roles));
        claims.put("uid", UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString());
        claims.put("name", username);
        if (organisation != null) {
            claims.put("org", organisation.toString());
        }
        claims.put("iat", now);
        claims.put("exp", now + 3600);
        try {
            Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
            String unsigned = base64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                    + "." + base64.encodeToString(JSON.writeValueAsBytes(claims));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return unsigned + "." + base64.encodeToString(mac.doFinal(unsigned.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign a token", e);
        }
    }

    private static String idOf(byte[] body) {
        try {
            JsonNode answer = JSON.readTree(body);
            return answer.path("id").asText(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static byte[] proposalJson() {
        Map<String, Object> proposal = new LinkedHashMap<>();
        proposal.put("title", "高齢者の移動支援に関する実証提案");
        proposal.put("summary", "オンデマンド交通とボランティア送迎を組み合わせ、坂の多い地区の通院を支えます。");
        proposal.put("approach", "三か月の実証で需要を測り、地域の事業者と運行モデルを検証します。");
        proposal.put("team", "事業開発2名、エンジニア3名、地域コーディネーター1名");
        proposal.put("sdgTargets", List.of("11.2", "3.8"));
        proposal.put("expectedOutcome", "通院のための移動時間を三割短縮します。");
        proposal.put("costEstimateYen", 4_800_000L);
        proposal.put("periodFrom", "2026-04-01");
        proposal.put("periodTo", "2027-03-31");
        try {
            return JSON.writeValueAsBytes(proposal);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One answer to a submission.
     *
     * @param status the HTTP status, 0 when no answer came (connection refused, timeout)
     * @param answeredNanos {@link System#nanoTime()} when the answer arrived
     * @param answeredAt the wall-clock time the answer arrived
     * @param proposalId the new proposal's id on 201
     * @param challenge the challenge proposed to
     * @param organisation the proposing organisation
     */
    public record Submitted(int status, long answeredNanos, Instant answeredAt, String proposalId, UUID challenge,
                            UUID organisation) {

        /** @return whether the platform accepted the proposal */
        public boolean accepted() {
            return status == 201;
        }
    }

    /**
     * The platform as the load sees it, whoever started it.
     *
     * @param cityLab City Lab's own base URL, where proposals go
     * @param kpi kpi's base URL, where the count is read
     * @param postgres the database server, on which the fixture writes City Lab's organisations and challenges
     * @param jwtSecret the secret the services check tokens with; the load signs member tokens with it
     */
    public record Target(URI cityLab, URI kpi, EmbeddedPostgresServer postgres, String jwtSecret) {
    }

    /**
     * Proposal numbers {@code first} to {@code first + count - 1}, taken for another load generator.
     *
     * @param first the first proposal number
     * @param count how many
     */
    public record Block(int first, int count) {
    }

    private record SignedToken(String token, long at) {
    }
}
