package org.interphase.io.gmsh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.interphase.core.InputException;
import org.interphase.mesh.ElementType;
import org.interphase.mesh.Mesh;
import org.interphase.mesh.MeshChecks;
import org.interphase.mesh.MeshSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GmshReaderTest {

    private static final Path DIR = Path.of("src/test/resources/meshes");
    /** Coordinates compare after rounding to this many decimals (ASCII files keep 16 digits). */
    private static final String KEY = "%.9f";
    private static final double MIDPOINT_TOL = 1e-12;

    @TempDir
    Path tmp;

    /** Cells (or facets) as sorted coordinate lists plus group name: the mesh up to node renumbering. */
    private static List<String> canonical(Mesh m, boolean facets) {
        int[] conn = facets ? m.facets() : m.cells();
        int k = facets ? m.facetType().nodes() : m.cellType().nodes();
        int[] tags = facets ? m.facetTags() : m.cellRegions();
        Map<String, Integer> names = facets ? m.facetGroups() : m.regions();
        List<String> out = new ArrayList<>();
        for (int e = 0; e < tags.length; e++) {
            List<String> pts = new ArrayList<>();
            for (int j = 0; j < k; j++) {
                StringBuilder sb = new StringBuilder();
                for (int d = 0; d < m.dim(); d++) {
                    sb.append(String.format(Locale.ROOT, KEY, m.x(conn[e * k + j], d))).append(',');
                }
                pts.add(sb.toString());
            }
            Collections.sort(pts);
            String group = "?";
            for (Map.Entry<String, Integer> g : names.entrySet()) {
                if (g.getValue() == tags[e]) {
                    group = g.getKey();
                }
            }
            out.add(group + ":" + String.join(" ", pts));
        }
        Collections.sort(out);
        return out;
    }

    private static void assertSameMesh(Mesh expected, Mesh actual) {
        assertEquals(expected.dim(), actual.dim());
        assertEquals(expected.cellType(), actual.cellType());
        assertEquals(expected.nodeCount(), actual.nodeCount());
        assertEquals(expected.regions(), actual.regions());
        assertEquals(expected.facetGroups(), actual.facetGroups());
        assertEquals(canonical(expected, false), canonical(actual, false));
        assertEquals(canonical(expected, true), canonical(actual, true));
    }

    @Test
    void threeFormatsOfOneGeometryGiveTheSameMesh() {
        Mesh v22 = GmshReader.read(DIR.resolve("two-squares-22.msh"));
        Mesh v41 = GmshReader.read(DIR.resolve("two-squares-41.msh"));
        Mesh bin = GmshReader.read(DIR.resolve("two-squares-41-bin.msh"));
        assertEquals(2, v41.dim());
        assertEquals(ElementType.TRI3, v41.cellType());
        assertEquals(13, v41.nodeCount());
        assertEquals(16, v41.cellCount());
        assertSameMesh(v41, v22);
        assertSameMesh(v41, bin);
    }

    @Test
    void namesAndTagsFollowThePhysicalGroups() {
        Mesh m = GmshReader.read(DIR.resolve("two-squares-41.msh"));
        assertEquals(Map.of("left-half", 1, "right-half", 2), m.regions());
        assertEquals(List.of("bottom", "right", "left", "interface", "17"), List.copyOf(m.facetGroups().keySet()));
        assertEquals(17, m.facetGroupTag("17"));
        MeshSummary s = MeshSummary.of(m);
        double[] lengths = s.facetGroups().stream().mapToDouble(MeshSummary.Group::measure).toArray();
        assertArrayEquals(new double[] {1, 1, 1, 1, 1}, lengths, 1e-12);
        assertEquals(0.5, s.regions().get(0).measure(), 1e-12);
    }

    @Test
    void nonContiguousShuffledTagsAreRenumberedInOrderOfAppearance() {
        GmshMesh read = GmshReader.readWithTags(DIR.resolve("noncontiguous-41.msh"));
        assertSameMesh(GmshReader.read(DIR.resolve("two-squares-41.msh")), read.mesh());
        assertEquals(1056, read.tags().nodes()[0]);
        assertEquals(1028, read.tags().nodes()[1]);
        assertEquals(0.0, read.mesh().x(0, 0));
        assertEquals(0.5000000000020591, read.mesh().x(0, 1));
        for (long t : read.tags().cells()) {
            assertTrue(t >= 5000 && (t - 5000) % 3 == 0, "cell tag " + t);
        }
    }

    @Test
    void tet10EdgeNodesSitAtTheMidpointsOfTheVtkEdges() {
        Mesh m = GmshReader.read(DIR.resolve("cube-tet10.msh"));
        assertEquals(ElementType.TET10, m.cellType());
        assertEquals(3, m.dim());
        int[][] vtkEdges = {{0, 1}, {1, 2}, {2, 0}, {0, 3}, {1, 3}, {2, 3}};
        for (int c = 0; c < m.cellCount(); c++) {
            for (int k = 0; k < 6; k++) {
                for (int d = 0; d < 3; d++) {
                    double mid = 0.5 * (m.x(m.cellNode(c, vtkEdges[k][0]), d) + m.x(m.cellNode(c, vtkEdges[k][1]), d));
                    assertEquals(mid, m.x(m.cellNode(c, 4 + k), d), MIDPOINT_TOL, "cell " + c + ", node " + (4 + k));
                }
            }
        }
        int[][] triEdges = {{0, 1}, {1, 2}, {2, 0}};
        int[] f = m.facets();
        for (int e = 0; e < m.facetCount(); e++) {
            for (int k = 0; k < 3; k++) {
                for (int d = 0; d < 3; d++) {
                    double mid = 0.5 * (m.x(f[e * 6 + triEdges[k][0]], d) + m.x(f[e * 6 + triEdges[k][1]], d));
                    assertEquals(mid, m.x(f[e * 6 + 3 + k], d), MIDPOINT_TOL);
                }
            }
        }
        MeshSummary s = MeshSummary.of(m);
        assertEquals(1.0, s.regions().get(0).measure(), 1e-12);
        for (MeshSummary.Group g : s.facetGroups()) {
            assertEquals(1.0, g.measure(), 1e-12, g.name());
        }
    }

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text, StandardCharsets.ISO_8859_1);
        return p;
    }

    private static final String FORMAT22 = "$MeshFormat\n2.2 0 8\n$EndMeshFormat\n";
    private static final String SQUARE_NODES = "$Nodes\n4\n1 0 0 0\n2 1 0 0\n3 1 1 0\n4 0 1 0\n$EndNodes\n";

    private static String elements(String... rows) {
        return "$Elements\n" + rows.length + "\n" + String.join("\n", rows) + "\n$EndElements\n";
    }

    @Test
    void cellsWithoutPhysicalGroupsFormRegionDomainAndClockwiseMeshesAreFlipped() throws IOException {
        Path p = write("cw.msh", FORMAT22 + SQUARE_NODES + elements("1 2 0 1 3 2", "2 2 0 1 4 3", "3 15 0 1"));
        Mesh m = GmshReader.read(p);
        assertEquals(Map.of("domain", 0), m.regions());
        assertEquals(0, m.facetCount());
        assertEquals(1.0, MeshSummary.of(m).regions().get(0).measure(), 1e-15);
        for (double r : MeshChecks.scaledJacobians(m)) {
            assertTrue(r > 0.0);
        }
    }

    private InputException fails(Path p) {
        return assertThrows(InputException.class, () -> GmshReader.read(p));
    }

    private static void assertMentions(InputException e, String... parts) {
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "message lacks '" + part + "': " + e.getMessage());
        }
    }

    @Test
    void quadrilateralsAreRejectedWithTheTypeAndTheFix() {
        Path p = DIR.resolve("quads.msh");
        assertMentions(fails(p), p.toString(), "line 101", "Gmsh element type 3 (4-node quadrangle)",
                "triangles only: remove Recombine");
    }

    @Test
    void hexahedraAreRejected() throws IOException {
        String nodes = "$Nodes\n8\n1 0 0 0\n2 1 0 0\n3 1 1 0\n4 0 1 0\n5 0 0 1\n6 1 0 1\n7 1 1 1\n8 0 1 1\n$EndNodes\n";
        Path p = write("hex.msh", FORMAT22 + nodes + elements("1 5 2 1 1 1 2 3 4 5 6 7 8"));
        assertMentions(fails(p), "line 17", "Gmsh element type 5 (8-node hexahedron)", "tetrahedra only");
    }

    @Test
    void mixedOrdersAreRejected() throws IOException {
        String nodes = "$Nodes\n6\n1 0 0 0\n2 1 0 0\n3 1 1 0\n4 0 1 0\n5 0.5 0 0\n6 0.5 0.5 0\n$EndNodes\n";
        Path p = write("mixed.msh", FORMAT22 + nodes + elements("1 9 2 1 1 1 2 3 5 6 6", "2 2 2 1 1 1 3 4"));
        assertMentions(fails(p), "mixes Gmsh element types 9 (6-node triangle) and 2 (3-node triangle)",
                "gmsh -order 2");
        Path q = write("mixedfacets.msh", FORMAT22 + SQUARE_NODES + elements("1 2 2 1 1 1 2 3", "2 2 2 1 1 1 3 4",
                "3 8 2 5 1 1 2 3"));
        assertMentions(fails(q), "line 15", "facet elements of Gmsh type 8 (3-node line)", "type 1 (2-node line)");
    }

    @Test
    void truncatedFilesNameTheSectionAndLine() {
        Path p = DIR.resolve("truncated-41.msh");
        assertMentions(fails(p), p.toString(), "line 94", "ends inside section $Elements", "truncated");
    }

    @Test
    void truncatedBinaryFilesNameTheByteOffset() throws IOException {
        byte[] all = Files.readAllBytes(DIR.resolve("two-squares-41-bin.msh"));
        Path p = tmp.resolve("cut-bin.msh");
        Files.write(p, java.util.Arrays.copyOf(all, all.length - 200));
        assertMentions(fails(p), "byte offset 2648", "ends inside section $Elements", "truncated");
    }

    @Test
    void malformedHeadersAreRejected() throws IOException {
        assertMentions(fails(write("no-format.msh", SQUARE_NODES)), "line 1", "missing $MeshFormat");
        assertMentions(fails(write("v3.msh", "$MeshFormat\n3.0 0 8\n$EndMeshFormat\n")), "line 2",
                "MSH version 3.0 is not supported", "-format msh41");
        assertMentions(fails(write("v22bin.msh", "$MeshFormat\n2.2 1 8\n$EndMeshFormat\n")),
                "MSH 2.2 binary is not supported");
        assertMentions(fails(write("empty.msh", "")), "missing $MeshFormat");
    }

    @Test
    void badNumbersNameTheLine() throws IOException {
        String nodes = "$Nodes\n4\n1 0 0 0\n2 1 0 0\n3 1 x1 0\n4 0 1 0\n$EndNodes\n";
        Path p = write("bad.msh", FORMAT22 + nodes + elements("1 2 0 1 2 3"));
        assertMentions(fails(p), "line 8", "expected a number (node coordinate), found 'x1'");
        Path q = write("badcount.msh", FORMAT22 + "$Nodes\n2\n1 0 0 0\n$EndNodes\n" + elements("1 15 0 1"));
        assertMentions(fails(q), "line 7", "expected an integer (node tag), found '$EndNodes'");
        Path big = write("bigcount.msh", FORMAT22 + "$Nodes\n400\n1 0 0 0\n$EndNodes\n");
        assertMentions(fails(big), "line 5", "number of nodes is 400, more than the rest of the file can hold");
        Path r = write("badnode.msh", FORMAT22 + SQUARE_NODES + elements("1 2 0 1 2 9"));
        assertMentions(fails(r), "line 13", "element 1 refers to node 9, which is not in $Nodes");
    }

    @Test
    void anInvertedElementIsReportedWithItsGmshTag() {
        Path p = DIR.resolve("inverted-22.msh");
        assertMentions(fails(p), p.toString(), "1 inverted cells", "(Gmsh element 13)", "at (0.25, 0.416667)");
    }

    @Test
    void aDuplicateNodeIsReportedWithBothGmshTags() {
        Path p = DIR.resolve("duplicate-node-22.msh");
        assertMentions(fails(p), "1 duplicate nodes", "(Gmsh node 10) and node 13 (Gmsh node 14) at (0.25, 0.25)",
                "Coherence");
    }

    @Test
    void unusedNodesAndStrayFacetsAreReported() throws IOException {
        String nodes = "$Nodes\n5\n1 0 0 0\n2 1 0 0\n3 1 1 0\n4 0 1 0\n5 2 2 0\n$EndNodes\n";
        Path p = write("unused.msh", FORMAT22 + nodes + elements("1 2 0 1 2 3", "2 2 0 1 3 4", "3 1 2 6 1 2 4",
                "4 1 2 6 1 1 2"));
        assertMentions(fails(p), "1 nodes that belong to no cell: node 4 (Gmsh node 5) at (2, 2)",
                "1 boundary or interface facets that are not a side of any cell: facet 0 (Gmsh element 3) of '6'");
    }

    @Test
    void nonPlanarTrianglesAreRejected() throws IOException {
        String nodes = "$Nodes\n4\n1 0 0 0\n2 1 0 0\n3 1 1 0.5\n4 0 1 0\n$EndNodes\n";
        Path p = write("tilted.msh", FORMAT22 + nodes + elements("1 2 0 1 2 3", "2 2 0 1 3 4"));
        assertMentions(fails(p), "do not lie in one plane z = const");
    }

    private static final String SQUARE41 = "$MeshFormat\n4.1 0 8\n$EndMeshFormat\n$Entities\n0 0 1 0\n"
            + "1 0 0 0 1 1 0 2 1 2 0\n$EndEntities\n$Nodes\n1 4 1 4\n2 1 0 4\n1\n2\n3\n4\n0 0 0\n1 0 0\n1 1 0\n"
            + "0 1 0\n$EndNodes\n$Elements\n1 2 1 2\n2 1 2 2\n1 1 2 3\n2 1 3 4\n$EndElements\n";

    @Test
    void inconsistentGroupsAreRejected() throws IOException {
        assertMentions(fails(write("tworegions.msh", SQUARE41)), "line 22",
                "entity 1 of dimension 2 is in 2 physical groups ('1', '2')", "Physical Surface");
        assertMentions(fails(write("ungrouped.msh", FORMAT22 + SQUARE_NODES + elements("1 2 2 1 1 1 2 3",
                "2 2 2 0 1 1 3 4"))), "1 of 2 cells (the first is Gmsh element 2) are in no physical group");
        String names = "$PhysicalNames\n2\n2 1 \"a\"\n2 2 \"a\"\n$EndPhysicalNames\n";
        assertMentions(fails(write("samename.msh", FORMAT22 + names + SQUARE_NODES + elements("1 2 2 1 1 1 2 3",
                "2 2 2 2 1 1 3 4"))), "two physical groups of dimension 2 named 'a' (tags 1 and 2)");
    }

    @Test
    void missingOrMisplacedSectionsAreRejected() throws IOException {
        assertMentions(fails(write("lines.msh", FORMAT22 + SQUARE_NODES + elements("1 1 2 1 1 1 2"))),
                "has no triangles or tetrahedra");
        assertMentions(fails(write("nonodes.msh", FORMAT22 + "$Nodes\n0\n$EndNodes\n")), "has no nodes");
        assertMentions(fails(write("order.msh", FORMAT22 + elements("1 15 0 1") + SQUARE_NODES)), "line 4",
                "$Elements comes before $Nodes");
        assertMentions(fails(write("header.msh", FORMAT22 + "Nodes\n")), "line 4",
                "expected a section header such as $Nodes, found 'Nodes'");
        assertMentions(fails(write("count.msh", FORMAT22 + "$Nodes\n1\n1 0 0 0\n2 1 0 0\n$EndNodes\n")),
                "line 7", "expected $EndNodes, found '2'");
        assertMentions(fails(write("twice.msh", FORMAT22 + "$Nodes\n2\n1 0 0 0\n1 1 0 0\n$EndNodes\n")),
                "line 4", "node tag 1 appears twice in $Nodes");
        assertMentions(fails(write("parts.msh", FORMAT22.replace("2.2", "4.1") + "$PartitionedEntities\n")),
                "line 4", "partitioned meshes are not supported");
        assertMentions(fails(write("unknown.msh", FORMAT22 + SQUARE_NODES + elements("1 99 0 1 2 3"))), "line 13",
                "unknown Gmsh element type 99");
    }

    @Test
    void unreadableFilesAreInputErrors() {
        assertMentions(fails(tmp.resolve("missing.msh")), "Cannot read mesh file", "missing.msh");
    }

    /** A tiny MSH 4.1 binary file: unit square, 2 triangles (region 'plate'), bottom edge (group 'bottom'). */
    private static byte[] binary(ByteOrder order, int sizeT) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer buf = ByteBuffer.allocate(4096).order(order);
        Runnable flush = () -> {
            out.write(buf.array(), 0, buf.position());
            buf.clear();
        };
        java.util.function.Consumer<String> text = s -> {
            flush.run();
            out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
        };
        java.util.function.LongConsumer size = v -> {
            if (sizeT == 8) {
                buf.putLong(v);
            } else {
                buf.putInt((int) v);
            }
        };
        text.accept("$MeshFormat\n4.1 1 " + sizeT + "\n");
        buf.putInt(1);
        text.accept("\n$EndMeshFormat\n$PhysicalNames\n2\n1 5 \"bottom\"\n2 3 \"plate\"\n$EndPhysicalNames\n"
                + "$Entities\n");
        size.accept(0);
        size.accept(1);
        size.accept(1);
        size.accept(0);
        buf.putInt(1).putDouble(0).putDouble(0).putDouble(0).putDouble(1).putDouble(0).putDouble(0);
        size.accept(1);
        buf.putInt(5);
        size.accept(0);
        buf.putInt(1).putDouble(0).putDouble(0).putDouble(0).putDouble(1).putDouble(1).putDouble(0);
        size.accept(1);
        buf.putInt(3);
        size.accept(0);
        text.accept("\n$EndEntities\n$Nodes\n");
        for (long v : new long[] {1, 4, 10, 40}) {
            size.accept(v);
        }
        buf.putInt(2).putInt(1).putInt(0);
        size.accept(4);
        for (long v : new long[] {10, 20, 30, 40}) {
            size.accept(v);
        }
        double[] xyz = {0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0};
        for (double v : xyz) {
            buf.putDouble(v);
        }
        text.accept("\n$EndNodes\n$Elements\n");
        for (long v : new long[] {2, 3, 7, 9}) {
            size.accept(v);
        }
        buf.putInt(1).putInt(1).putInt(1);
        size.accept(1);
        for (long v : new long[] {7, 10, 20}) {
            size.accept(v);
        }
        buf.putInt(2).putInt(1).putInt(2);
        size.accept(2);
        for (long v : new long[] {8, 10, 20, 30, 9, 10, 30, 40}) {
            size.accept(v);
        }
        text.accept("\n$EndElements\n");
        return out.toByteArray();
    }

    @Test
    void binaryFilesOfEitherByteOrderAndSizeTWidthReadAlike() throws IOException {
        String ascii = "$MeshFormat\n4.1 0 8\n$EndMeshFormat\n$PhysicalNames\n2\n1 5 \"bottom\"\n2 3 \"plate\"\n"
                + "$EndPhysicalNames\n$Entities\n0 1 1 0\n1 0 0 0 1 0 0 1 5 0\n1 0 0 0 1 1 0 1 3 0\n$EndEntities\n"
                + "$Nodes\n1 4 10 40\n2 1 0 4\n10\n20\n30\n40\n0 0 0\n1 0 0\n1 1 0\n0 1 0\n$EndNodes\n"
                + "$Elements\n2 3 7 9\n1 1 1 1\n7 10 20\n2 1 2 2\n8 10 20 30\n9 10 30 40\n$EndElements\n";
        GmshMesh expected = GmshReader.readWithTags(write("tiny.msh", ascii));
        assertEquals(Map.of("plate", 3), expected.mesh().regions());
        assertEquals(Map.of("bottom", 5), expected.mesh().facetGroups());
        assertArrayEquals(new long[] {10, 20, 30, 40}, expected.tags().nodes());
        for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
            for (int sizeT : new int[] {4, 8}) {
                Path p = tmp.resolve("tiny-" + order + "-" + sizeT + ".msh");
                Files.write(p, binary(order, sizeT));
                GmshMesh actual = GmshReader.readWithTags(p);
                assertSameMesh(expected.mesh(), actual.mesh());
                assertArrayEquals(expected.mesh().cells(), actual.mesh().cells());
                assertArrayEquals(expected.tags().cells(), actual.tags().cells());
                assertArrayEquals(new long[] {7}, actual.tags().facets());
            }
        }
    }

    @Test
    void aDamagedBinaryCheckIntegerIsRejected() throws IOException {
        byte[] b = binary(ByteOrder.LITTLE_ENDIAN, 8);
        int at = "$MeshFormat\n4.1 1 8\n".length();
        b[at] = 7;
        Path p = tmp.resolve("damaged.msh");
        Files.write(p, b);
        assertMentions(fails(p), "binary check integer is 7 (little-endian)", "damaged");
    }
}
