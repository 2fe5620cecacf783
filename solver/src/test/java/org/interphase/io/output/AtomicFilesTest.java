package org.interphase.io.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path tmp;

    @Test
    void writesAndReplacesWholeFiles() throws IOException {
        Path f = tmp.resolve("sub/dir/a.txt");
        AtomicFiles.write(f, "first".getBytes(StandardCharsets.UTF_8));
        assertEquals("first", Files.readString(f));
        AtomicFiles.write(f, "second, longer".getBytes(StandardCharsets.UTF_8));
        assertEquals("second, longer", Files.readString(f));
        AtomicFiles.write(f, new byte[0]);
        assertEquals(0, Files.size(f));
        assertEquals(List.of("a.txt"), names(f.getParent()), "no temporary files left");
    }

    @Test
    void failingWriterLeavesNoFileUnderTheFinalName() throws IOException {
        Path f = tmp.resolve("a.csv");
        IllegalStateException boom = new IllegalStateException("supplier failed");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> AtomicFiles.write(f, t -> {
            try (OutputStream out = Files.newOutputStream(t)) {
                out.write("half a row,".getBytes(StandardCharsets.UTF_8));
                throw boom;
            }
        }));
        assertSame(boom, thrown, "the writer's own exception reaches the caller");
        assertFalse(Files.exists(f));
        assertEquals(List.of(), names(tmp), "the temporary file is removed");
    }

    @Test
    void failingWriterLeavesTheOldFileIntact() throws IOException {
        Path f = tmp.resolve("a.csv");
        AtomicFiles.write(f, "old\n".getBytes(StandardCharsets.UTF_8));
        assertThrows(UncheckedIOException.class, () -> AtomicFiles.write(f, t -> {
            Files.writeString(t, "new but trunc");
            throw new IOException("disk full");
        }));
        assertEquals("old\n", Files.readString(f));
        assertEquals(List.of("a.csv"), names(tmp));
    }

    @Test
    void failingHdf5WriterLeavesTheOldFileIntact() throws IOException {
        Path f = tmp.resolve("s_000000.h5");
        AtomicFiles.write(f, t -> {
            try (WritableHdfFile h5 = HdfFile.write(t)) {
                h5.putDataset("u", new double[] {1, 2, 3});
            }
        });
        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(f, t -> {
            try (WritableHdfFile h5 = HdfFile.write(t)) {
                h5.putDataset("u", new double[] {4, 5, 6});
                throw new IllegalStateException("field supplier failed midway");
            }
        }));
        try (HdfFile h5 = new HdfFile(f)) {
            assertArrayEquals(new double[] {1, 2, 3}, (double[]) h5.getDatasetByPath("u").getData(), 0.0);
        }
        assertEquals(List.of("s_000000.h5"), names(tmp));
    }

    @Test
    void reportsTheFileWhenTheDirectoryCannotBeCreated() throws IOException {
        Path blocker = tmp.resolve("file");
        Files.writeString(blocker, "x");
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> AtomicFiles.write(blocker.resolve("out.csv"), new byte[1]));
        assertTrue(e.getMessage().startsWith("could not write " + blocker.resolve("out.csv")), e.getMessage());
        assertTrue(e.getMessage().endsWith("check that the directory exists, is writable and the disk is not full"));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
