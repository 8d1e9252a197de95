package dev.objectlock.emulator.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileBlobStoreTest {

    @TempDir
    Path folder;

    @Test
    void aFinishedWriteLeavesExactlyOneFileNamedByItsId() throws IOException {
        FileBlobStore store = new FileBlobStore(folder, true);

        String id = store.write(new ByteArrayInputStream("body".getBytes(StandardCharsets.UTF_8)));

        assertThat(files()).containsExactly(id);
        try (InputStream in = store.open(id, 1, 2)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("od");
        }
    }

    @Test
    void aFailedWriteLeavesNothing() throws IOException {
        FileBlobStore store = new FileBlobStore(folder, true);
        InputStream broken = new InputStream() {
            private int left = 100_000;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0];
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (left <= 0) {
                    throw new IOException("client went away");
                }
                int n = Math.min(len, left);
                left -= n;
                return n;
            }
        };

        try {
            store.write(broken);
        } catch (RuntimeException expected) {
            // UncheckedIOException
        }

        assertThat(files()).isEmpty();
    }

    @Test
    void sweepRemovesPartialAndUnreferencedFilesOnly() throws IOException {
        FileBlobStore store = new FileBlobStore(folder, false);
        String kept = store.write(new ByteArrayInputStream(new byte[] {1}));
        String orphan = store.write(new ByteArrayInputStream(new byte[] {2}));
        Files.writeString(folder.resolve("cut-off" + FileBlobStore.PARTIAL_SUFFIX), "half");

        int removed = store.removeUnreferenced(Set.of(kept));

        assertThat(removed).isEqualTo(2);
        assertThat(files()).containsExactly(kept).doesNotContain(orphan);
    }

    private java.util.List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }
}
