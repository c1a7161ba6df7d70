package jp.kyoso.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kyoso.local.load.ProposalLoad;

/**
 * The write path's load generator: wrk, a load generator written in C as pgbench is, so that the client's own CPU,
 * which shares the 2 cores with what is measured, is about as small on both sides of the ratio. Java's HTTP client in
 * the bench's JVM cost more CPU per proposal than City Lab itself (bench/RESULTS.md, 2026-12-07, sixth session).
 * Each run takes a block of the fixture's (organisation, challenge) pairs, so every request is a new proposal, and
 * the script counts the 201s itself.
 */
final class Wrk {

    /** More than the write path accepts per second on these machines, so a run does not use its block up. */
    private static final int MOST_PER_SECOND = 4_000;
    private static final Pattern ANSWERS = Pattern.compile("created (\\d+) other (\\d+) seconds ([0-9.]+)");
    private static final Pattern OTHER_STATUS = Pattern.compile("status (\\d+) (\\d+)");

    private final ProposalLoad load;
    private final Path work;

    Wrk(ProposalLoad load, Path work) {
        this.load = load;
        this.work = work;
    }

    /**
     * Closed loop, as pgbench: {@code clients} connections on 2 threads, each sending its next proposal once the last
     * is answered.
     *
     * @return the proposals accepted (201) and the run's length; refusals are printed, not counted
     */
    Accepted run(int clients, Duration duration) throws IOException, InterruptedException {
        int threads = Math.min(clients, 2);
        int wanted = (int) Math.min(duration.toSeconds() * MOST_PER_SECOND, load.remaining());
        ProposalLoad.Block block = load.reserve(wanted);
        Path script = work.resolve("proposal-wrk.lua");
        Files.createDirectories(work);
        Files.writeString(script, script(block, threads), StandardCharsets.UTF_8);
        List<String> command = List.of(binary(), "-c", Integer.toString(clients), "-t", Integer.toString(threads),
                "-d", duration.toSeconds() + "s", "--timeout", "30s", "-s", script.toString(),
                load.cityLab().toString());
        String output = Commands.output("wrk", new ProcessBuilder(command));
        Matcher answers = ANSWERS.matcher(output);
        if (!answers.find()) {
            throw new IllegalStateException("No count in wrk's output:\n" + output);
        }
        long created = Long.parseLong(answers.group(1));
        long other = Long.parseLong(answers.group(2));
        if (other > 0) {
            Map<String, String> statuses = new LinkedHashMap<>();
            Matcher status = OTHER_STATUS.matcher(output);
            while (status.find()) {
                statuses.put(status.group(1), status.group(2));
            }
            System.out.printf("  (%d proposals not accepted, by status: %s)%n", other, statuses);
        }
        return new Accepted(created, Double.parseDouble(answers.group(3)));
    }

    /** How many proposals a run got accepted in how many seconds. */
    record Accepted(long proposals, double seconds) {

        double perSecond() {
            return proposals / seconds;
        }
    }

    /**
     * Thread {@code t} of {@code threads} sends proposal numbers {@code first + t}, {@code first + t + threads}, … of
     * the block; a proposal's organisation signs it with that organisation's member token.
     */
    private String script(ProposalLoad.Block block, int threads) {
        int last = block.first() + block.count() - 1;
        int firstOrganisation = load.organisationIndexOf(block.first());
        List<String> tokens = new ArrayList<>();
        for (int organisation = firstOrganisation; organisation <= load.organisationIndexOf(last); organisation++) {
            tokens.add(lua(load.memberToken(load.organisation(organisation))));
        }
        List<String> challenges = new ArrayList<>();
        for (int challenge = 0; challenge < load.challenges(); challenge++) {
            challenges.add(lua(load.challenge(challenge).toString()));
        }
        return """
                local challenges = { %s }
                local tokens = { %s }
                local first, count, first_organisation, threads = %d, %d, %d, %d
                local body = %s
                local started = {}
                local next_thread = 0

                function setup(thread)
                  thread:set("offset", next_thread)
                  next_thread = next_thread + 1
                  table.insert(started, thread)
                end

                function init(args)
                  sent, created, other, statuses = offset, 0, 0, {}
                end

                function request()
                  local index = first + (sent %% count)
                  sent = sent + threads
                  local challenge = challenges[(index %% #challenges) + 1]
                  local token = tokens[math.floor(index / #challenges) - first_organisation + 1]
                  return wrk.format("POST", "/api/citylab/challenges/" .. challenge .. "/proposals",
                    { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }, body)
                end

                function response(status, headers, answer)
                  if status == 201 then
                    created = created + 1
                  else
                    other = other + 1
                    statuses[status] = (statuses[status] or 0) + 1
                  end
                end

                function done(summary, latency, requests)
                  local created_all, other_all = 0, 0
                  for _, thread in ipairs(started) do
                    created_all = created_all + thread:get("created")
                    other_all = other_all + thread:get("other")
                    for status, n in pairs(thread:get("statuses")) do
                      io.write(string.format("status %%d %%d\\n", status, n))
                    end
                  end
                  io.write(string.format("created %%d other %%d seconds %%.3f\\n", created_all, other_all,
                    summary.duration / 1e6))
                end
                """.formatted(String.join(", ", challenges), String.join(", ", tokens), block.first(),
                block.count(), firstOrganisation, threads, lua(new String(load.body(), StandardCharsets.UTF_8)));
    }

    private static String lua(String text) {
        if (text.contains("]==]")) {
            throw new IllegalArgumentException("Cannot quote for Lua: " + text);
        }
        return "[==[" + text + "]==]";
    }

    static String binary() {
        String configured = System.getenv("WRK");
        return configured != null ? configured : "wrk";
    }
}
