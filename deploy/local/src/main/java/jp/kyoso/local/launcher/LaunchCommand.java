package jp.kyoso.local.launcher;

import java.util.List;

/**
 * What the user asked for on the command line.
 *
 * @param action what to do
 * @param fresh {@code --fresh}: start from an empty data folder
 * @param port {@code --port N}: the portal's port, services following at N+1..N+5
 */
record LaunchCommand(Action action, boolean fresh, int port) {

    enum Action { UP, HELP }

    static final String USAGE = String.join("\n",
            "Usage: ./kyoso up [--fresh] [--port N]",
            "       ./kyoso help",
            "",
            "  up          start PostgreSQL, Kafka and every service with demo data; Ctrl-C stops everything",
            "  --fresh     delete the data folder first (by default data survives restarts)",
            "  --port N    portal on port N, services on N+1..N+5 (default " + LocalPlatformOptions.DEFAULT_PORT + ")",
            "",
            "Environment: KYOSO_DATA_DIR  the data folder (default <repository>/.kyoso/data)");

    /**
     * @param args the command line
     * @return the command
     * @throws IllegalArgumentException with a message meant for the user
     */
    static LaunchCommand parse(String... args) {
        List<String> arguments = List.of(args);
        if (arguments.isEmpty()) {
            throw new IllegalArgumentException("no command given");
        }
        String command = arguments.get(0);
        if (List.of("help", "-h", "--help").contains(command)) {
            return new LaunchCommand(Action.HELP, false, 0);
        }
        if (!command.equals("up")) {
            throw new IllegalArgumentException("unknown command '" + command + "'");
        }
        boolean fresh = false;
        int port = LocalPlatformOptions.DEFAULT_PORT;
        for (int i = 1; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("--fresh")) {
                fresh = true;
            } else if (argument.equals("--port")) {
                if (i + 1 >= arguments.size()) {
                    throw new IllegalArgumentException("--port needs a number");
                }
                port = port(arguments.get(++i));
            } else if (argument.startsWith("--port=")) {
                port = port(argument.substring("--port=".length()));
            } else if (List.of("help", "-h", "--help").contains(argument)) {
                return new LaunchCommand(Action.HELP, false, 0);
            } else {
                throw new IllegalArgumentException("unknown option '" + argument + "'");
            }
        }
        return new LaunchCommand(Action.UP, fresh, port);
    }

    private static int port(String value) {
        int port;
        try {
            port = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port needs a number, got '" + value + "'");
        }
        // The services take N..N+5; below 1024 needs root, and 0 (free ports) is for tests, not for people.
        if (port < 1024 || port > 65530) {
            throw new IllegalArgumentException("--port must be between 1024 and 65530, got " + port);
        }
        return port;
    }
}
