package dev.objectlock.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A server under test: its name in the report, and its command line for a given S3 port. */
record Target(String name, Launch launch) {

    /** The command that starts the server on {@code port}; {@code runDir} is new and empty. */
    @FunctionalInterface
    interface Launch {
        List<String> command(int port, Path runDir) throws IOException;
    }
}
