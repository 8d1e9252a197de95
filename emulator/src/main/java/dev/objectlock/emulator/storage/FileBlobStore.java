package dev.objectlock.emulator.storage;

import dev.objectlock.emulator.domain.port.BlobMissingException;
import dev.objectlock.emulator.domain.port.BlobStore;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Object bodies as files in one folder, named by random ids, streamed in and out. A body is
 * written under {@code <id>.partial} and renamed to {@code <id>} once complete, so a write cut
 * off by a crash never looks like a finished blob and is swept away on the next start.
 */
public final class FileBlobStore implements BlobStore {

    private static final Logger LOG = LoggerFactory.getLogger(FileBlobStore.class);
    static final String PARTIAL_SUFFIX = ".partial";

    private final Path folder;
    private final boolean durable;

    /**
     * @param durable force every body to disk before its metadata commits, so an acknowledged
     *                write survives a crash (file-backed mode); in-memory mode skips the cost
     */
    public FileBlobStore(Path folder, boolean durable) {
        this.folder = folder;
        this.durable = durable;
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create blob folder " + folder, e);
        }
    }

    @Override
    public String write(InputStream body) {
        String id = UUID.randomUUID().toString();
        Path partial = folder.resolve(id + PARTIAL_SUFFIX);
        try {
            try (FileChannel channel =
                    FileChannel.open(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                body.transferTo(out);
                out.flush();
                if (durable) {
                    channel.force(true);
                }
            }
            Files.move(partial, folder.resolve(id), StandardCopyOption.ATOMIC_MOVE);
            if (durable) {
                forceFolder();
            }
        } catch (IOException | RuntimeException e) {
            deleteQuietly(partial);
            delete(id);
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        }
        return id;
    }

    /**
     * Removes what a crash can leave behind: partial writes, and finished bodies whose metadata
     * never committed (or whose release after a committed delete never ran). Call it on start,
     * before serving, with every blob id the database refers to.
     *
     * @return how many files were removed
     */
    public int removeUnreferenced(Set<String> referenced) {
        int removed = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (Files.isRegularFile(file) && !referenced.contains(name)) {
                    deleteQuietly(file);
                    removed++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (removed > 0) {
            LOG.info("removed {} unreferenced blob file(s) from {}", removed, folder);
        }
        return removed;
    }

    /** Makes the new directory entry itself durable (Linux needs the folder synced, not only the file). */
    private void forceFolder() {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // some platforms (Windows) cannot open a directory; the file itself is already forced
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // best effort: the start-up sweep catches anything left
        }
    }

    @Override
    public InputStream open(String blobId, long offset, long length) {
        try {
            FileChannel channel = FileChannel.open(folder.resolve(blobId), StandardOpenOption.READ);
            channel.position(offset);
            return new BoundedInputStream(Channels.newInputStream(channel), length);
        } catch (NoSuchFileException e) {
            throw new BlobMissingException(blobId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public long size(String blobId) {
        try {
            return Files.size(folder.resolve(blobId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(String blobId) {
        try {
            Files.deleteIfExists(folder.resolve(blobId));
        } catch (NoSuchFileException ignored) {
            // already gone: deleting is idempotent
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void deleteAll() {
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(p -> delete(p.getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops after {@code remaining} bytes so a range read never leaks the rest of the file. */
    private static final class BoundedInputStream extends InputStream {
        private final InputStream in;
        private long remaining;

        BoundedInputStream(InputStream in, long remaining) {
            this.in = in;
            this.remaining = remaining;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                remaining--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, remaining));
            if (n > 0) {
                remaining -= n;
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
