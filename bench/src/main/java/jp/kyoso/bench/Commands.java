package jp.kyoso.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The bench's external load generators (pgbench, wrk), each run to its end. */
final class Commands {

    private Commands() {
    }

    /**
     * @param name how the failure names the tool
     * @return what the command printed, standard output and error together
     * @throws IllegalStateException when it exits with anything but 0, with what it printed
     */
    static String output(String name, ProcessBuilder command) throws IOException, InterruptedException {
        Process process = command.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(name + " failed:\n" + output);
        }
        return output;
    }
}
