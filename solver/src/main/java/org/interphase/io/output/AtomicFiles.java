package org.interphase.io.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Atomic file replacement: the content is written to a hidden temporary file in the target's directory,
 * flushed to disk, and renamed over the target with {@code ATOMIC_MOVE}. A reader, or a crash at any
 * moment, sees either the complete old file or the complete new one, never a truncated file under the
 * final name. If writing fails the temporary file is deleted and the old target is left untouched.
 *
 * <p>Temporary files are named {@code .<target name>.<pid>-<n>.tmp}; a process killed mid-write may leave
 * one behind, never a partial file under the final name. The directory is created when absent.
 */
public final class AtomicFiles {

    private static final AtomicLong COUNTER = new AtomicLong();

    /** Writes the content of a file given its path (for libraries such as jHDF that open files themselves). */
    @FunctionalInterface
    public interface Body {
        /**
         * @param temporary (Input) an existing, empty file in the target's directory; write the whole
         *                  content to it and close every handle before returning.
         */
        void writeTo(Path temporary) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Replaces {@code target} atomically with {@code bytes}.
     *
     * @param target (Input) the file to create or replace.
     * @param bytes  (Input) the complete new content. Not modified.
     * @throws UncheckedIOException naming the file, when the file system refuses.
     */
    public static void write(Path target, byte[] bytes) {
        write(target, tmp -> {
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.TRUNCATE_EXISTING)) {
                out.write(bytes);
            }
        });
    }

    /**
     * Replaces {@code target} atomically with what {@code body} writes to a temporary file. An exception
     * thrown by {@code body} is rethrown unchanged after the temporary file has been removed.
     *
     * @param target (Input) the file to create or replace.
     * @param body   (Input) writes the complete content to the temporary path it is given.
     * @throws UncheckedIOException naming the file, when the file system refuses.
     */
    public static void write(Path target, Body body) {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        boolean moved = false;
        try {
            Files.createDirectories(dir);
            tmp = createTemporary(dir, target.getFileName().toString());
            body.writeTo(tmp);
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            moved = true;
            syncDirectory(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(String.format(Locale.ROOT,
                    "could not write %s (%s); check that the directory exists, is writable and the disk is "
                            + "not full", target, e), e);
        } finally {
            if (!moved && tmp != null) {
                deleteQuietly(tmp);
            }
        }
    }

    private static Path createTemporary(Path dir, String name) throws IOException {
        long pid = ProcessHandle.current().pid();
        while (true) {
            Path tmp = dir.resolve("." + name + "." + pid + "-" + COUNTER.incrementAndGet() + ".tmp");
            try {
                // CREATE_NEW keeps the umask permissions (Files.createTempFile would make the file owner-only).
                Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return tmp;
            } catch (FileAlreadyExistsException e) {
                // left by an earlier process with the same id; try the next number
            }
        }
    }

    /** Makes the rename durable; best effort, as not every file system lets a directory be opened. */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // the rename is atomic already; only its durability after a power loss is not guaranteed
        }
    }

    private static void deleteQuietly(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            // the primary failure is what the caller needs to see; a stray hidden .tmp file is harmless
        }
    }
}
