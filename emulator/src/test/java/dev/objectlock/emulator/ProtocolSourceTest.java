package dev.objectlock.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What ArchitectureTest cannot see. javac copies a constant into the class that uses it, so a
 * handler that reads a header through a domain constant leaves no dependency in the bytecode.
 * This test reads the protocol's sources instead.
 */
class ProtocolSourceTest {

    /**
     * An import (plain, static or wildcard) or qualified name of anything under domain.rules but
     * RangeRules, the one known exception of ArchitectureTest. Code outside a package can only
     * name its classes this way.
     */
    private static final Pattern RULES_REFERENCE =
            Pattern.compile("dev\\.objectlock\\.emulator\\.domain\\.rules\\.(?!RangeRules\\b)(\\w+|\\*)");

    @Test
    void httpTakesNoConstantFromTheRules() {
        // The lock header names live in S3Headers with the other header names; the domain keeps
        // the same spellings only as error ArgumentNames (ObjectLockArgumentNames).
        assertThat(httpSources().flatMap(ProtocolSourceTest::rulesReferences).toList())
                .as("http sources naming domain.rules classes (constants are invisible to ArchUnit)")
                .isEmpty();
    }

    private static Stream<String> rulesReferences(Path file) {
        String text = read(file);
        Stream.Builder<String> found = Stream.builder();
        Matcher references = RULES_REFERENCE.matcher(text);
        while (references.find()) {
            found.add(file.getFileName() + ": " + references.group());
        }
        return found.build();
    }

    private static Stream<Path> httpSources() {
        Path local = Path.of("src/main/java/dev/objectlock/emulator/http");
        Path root = Files.isDirectory(local) ? local : Path.of("emulator").resolve(local);
        assertThat(root).isDirectory();
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> sources =
                    files.filter(p -> p.toString().endsWith(".java")).toList();
            return sources.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
