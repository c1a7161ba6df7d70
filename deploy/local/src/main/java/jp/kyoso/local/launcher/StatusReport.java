package jp.kyoso.local.launcher;

import java.io.PrintStream;
import java.util.Locale;
import jp.kyoso.local.demo.DemoData;

/** What {@code ./kyoso up} prints once everything runs: where to go, how to sign in, and what is running where. */
final class StatusReport {

    private StatusReport() {
    }

    static void print(LocalPlatform platform, PrintStream out) {
        out.println();
        out.printf(Locale.ROOT, "  kyoso is up (started in %.1f s), data in %s%n",
                platform.startupTime().toMillis() / 1000.0, platform.dataDirectory());
        out.println();
        out.println("  Portal      " + platform.portalUrl() + "/");
        out.println("  Sign in     " + String.join(", ", DemoData.USERS) + "  (password: " + DemoData.PASSWORD + ")");
        out.println("  Mails       " + platform.portalUrl() + "/#/local-mailbox  (SMTP " + platform.mail().host() + ":"
                + platform.mail().smtpPort() + ", IMAP " + platform.mail().imapPort() + ")");
        out.println();
        out.printf(Locale.ROOT, "  %-13s %-6s %-23s %-8s %s%n", "SERVICE", "PORT", "URL", "HEALTH", "PID");
        for (ServiceStatus service : platform.status()) {
            out.printf(Locale.ROOT, "  %-13s %-6d %-23s %-8s %s%n", service.name(), service.port(), service.url(),
                    service.healthy() ? "UP" : "DOWN",
                    service.pid().isPresent() ? Long.toString(service.pid().getAsLong()) : "-");
        }
        out.printf(Locale.ROOT, "  %-13s %-6d jdbc:postgresql://localhost:%d/<service database>, user %s / %s%n",
                "PostgreSQL", platform.postgres().port(), platform.postgres().port(), platform.postgres().username(),
                platform.postgres().password());
        out.printf(Locale.ROOT, "  %-13s %-6d %s%n", "Kafka", platform.kafka().port(),
                platform.kafka().bootstrapServers());
        out.println();
        out.println("  API docs    " + platform.serviceUrl("co-creation") + "/swagger-ui/index.html (any service)");
        out.println("  Logs        " + platform.dataDirectory().resolve("logs") + "/<service>.log");
        out.println();
        out.println("  Ctrl-C stops everything; data is kept (./kyoso up --fresh starts empty).");
        out.println();
    }
}
