package dev.objectlock.release;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** CHANGELOG.md follows Keep a Changelog and has an entry for the version being built. */
class ChangelogTest {

    @Test
    void theVersionBeingBuiltHasAnEntry() {
        String changelog = Repository.read("CHANGELOG.md");
        String release = Repository.VERSION.replace("-SNAPSHOT", "");
        assertThat(changelog)
                .startsWith("# Changelog")
                .contains("https://keepachangelog.com/en/1.1.0/")
                .contains("\n## " + release + " - ")
                .contains("\n### Added\n");
    }
}
