package org.interphase.io.gmsh;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.interphase.core.InputException;
import org.interphase.mesh.Mesh;
import org.interphase.mesh.MeshChecks;

/**
 * Reads Gmsh meshes: MSH 4.1 ASCII and binary (either byte order, as marked by the file's check
 * integer; size_t width from the header) and MSH 2.2 ASCII. Format: Gmsh reference manual, section
 * "MSH file format" (gmsh.info/doc/texinfo/gmsh.html).
 *
 * <p>Cells are the elements of the highest dimension (triangles or tetrahedra, order 1 or 2); their
 * physical groups are the regions (all cells form region "domain", tag 0, when none has one). Physical
 * groups one dimension lower are the facet groups; other dimensions are ignored. Groups without a
 * $PhysicalNames entry are named by their tag. Physical tags come from $Entities in MSH 4.1 and from
 * each element's first tag in MSH 2.2. Nodes are renumbered 0..n-1 in order of appearance in $Nodes.
 * The mesh is checked with {@link MeshChecks} before it is returned.
 */
public final class GmshReader {

    private GmshReader() {
    }

    /**
     * @param file (Input) a .msh file.
     * @return the checked mesh.
     * @throws InputException naming the file and line (or byte offset) for unreadable, malformed or
     *                        unsupported files, and listing the problems of an invalid mesh.
     */
    public static Mesh read(Path file) {
        return readWithTags(file).mesh();
    }

    /**
     * @param file (Input) a .msh file.
     * @return the checked mesh with the file's node and element tags.
     * @throws InputException as {@link #read}.
     */
    public static GmshMesh readWithTags(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | OutOfMemoryError e) {
            throw new InputException("Cannot read mesh file " + file + ": " + e.getMessage(), e);
        }
        MshCursor in = new MshCursor(file.toString(), bytes);
        MshContent content = new MshContent(in);
        boolean v41 = header(in);
        boolean sawNodes = false;
        while (in.hasToken()) {
            String section = in.token();
            int at = in.mark();
            if (!section.startsWith("$")) {
                throw in.error("expected a section header such as $Nodes, found '%s'", section);
            }
            in.section(section);
            if (in.isBinary()) {
                in.endOfLine();
            }
            switch (section) {
                case "$PhysicalNames":
                    physicalNames(in, content);
                    break;
                case "$Entities":
                    if (v41) {
                        entities(in, content);
                    } else {
                        skip(in, section);
                    }
                    break;
                case "$PartitionedEntities":
                    throw in.errorAt(at, "partitioned meshes are not supported; save the mesh without partitions "
                            + "(no -part, Mesh.NbPartitions = 0)");
                case "$Nodes":
                    if (sawNodes) {
                        throw in.errorAt(at, "a second $Nodes section; save the mesh again with Gmsh");
                    }
                    sawNodes = true;
                    if (v41) {
                        nodes41(in, content);
                    } else {
                        nodes22(in, content);
                    }
                    break;
                case "$Elements":
                    if (!sawNodes) {
                        throw in.errorAt(at, "$Elements comes before $Nodes; save the mesh again with Gmsh");
                    }
                    if (v41) {
                        elements41(in, content);
                    } else {
                        elements22(in, content);
                    }
                    break;
                default:
                    skip(in, section);
                    continue;
            }
            expect(in, "$End" + section.substring(1));
        }
        return content.toMesh();
    }

    /** Reads $MeshFormat; returns true for MSH 4.1, false for MSH 2.2. */
    private static boolean header(MshCursor in) {
        String first = in.hasToken() ? in.token() : "";
        if (!first.equals("$MeshFormat")) {
            throw in.errorAt(0, "missing $MeshFormat at the start; this is not a Gmsh .msh file: save the mesh from "
                    + "Gmsh as MSH 4.1 or 2.2");
        }
        String version = in.token();
        int fileType = in.nextInt("file type");
        int dataSize = in.nextInt("data size");
        boolean v41 = version.equals("4.1");
        if (!v41 && !version.equals("2.2")) {
            throw in.error("MSH version %s is not supported; Interphase reads MSH 4.1 (ASCII or binary) and MSH 2.2 "
                    + "(ASCII): save the mesh with gmsh -format msh41 (or Mesh.MshFileVersion = 4.1)", version);
        }
        if (fileType != 0 && fileType != 1) {
            throw in.error("file type %d is neither 0 (ASCII) nor 1 (binary)", fileType);
        }
        if (fileType == 1) {
            if (!v41) {
                throw in.error("MSH 2.2 binary is not supported; save the mesh as MSH 4.1 (gmsh -format msh41, "
                        + "ASCII or -bin) or as MSH 2.2 ASCII");
            }
            if (dataSize != 4 && dataSize != 8) {
                throw in.error("data size %d is not 4 or 8 bytes", dataSize);
            }
            in.endOfLine();
            in.binary(ByteOrder.BIG_ENDIAN, dataSize);
            int raw = in.readInt();
            if (raw != 1) {
                if (Integer.reverseBytes(raw) != 1) {
                    throw in.error("the binary check integer is %d (little-endian) or %d (big-endian), not 1; the "
                            + "file is damaged: save it again", Integer.reverseBytes(raw), raw);
                }
                in.binary(ByteOrder.LITTLE_ENDIAN, dataSize);
            }
        }
        expect(in, "$EndMeshFormat");
        return v41;
    }

    private static void expect(MshCursor in, String token) {
        String found = in.token();
        if (!found.equals(token)) {
            throw in.error("expected %s, found '%s'; the section is damaged or its counts are wrong: save the mesh "
                    + "again with Gmsh", token, found.length() > 40 ? found.substring(0, 40) : found);
        }
    }

    private static void skip(MshCursor in, String section) {
        in.skipPast("$End" + section.substring(1));
    }

    private static void physicalNames(MshCursor in, MshContent content) {
        int n = in.nextCount("number of physical names", in.remaining());
        for (int i = 0; i < n; i++) {
            int dim = in.nextInt("physical dimension");
            int tag = in.nextInt("physical tag");
            content.names.put(MshContent.key(dim, tag), in.quoted("physical name"));
        }
        if (in.isBinary()) {
            in.endOfLine();
        }
    }

    private static void entities(MshCursor in, MshContent content) {
        boolean bin = in.isBinary();
        int[] counts = new int[4];
        for (int d = 0; d < 4; d++) {
            counts[d] = bin ? in.readCount("number of entities", in.remaining())
                    : in.nextCount("number of entities", in.remaining());
        }
        for (int dim = 0; dim < 4; dim++) {
            for (int i = 0; i < counts[dim]; i++) {
                int tag = bin ? in.readInt() : in.nextInt("entity tag");
                for (int k = 0; k < (dim == 0 ? 3 : 6); k++) {
                    if (bin) {
                        in.readDouble();
                    } else {
                        in.nextDouble("entity bounding box");
                    }
                }
                int[] physical = intList(in, bin, "number of physical tags");
                if (dim > 0) {
                    intList(in, bin, "number of bounding entities");
                }
                content.entityPhysicals.put(MshContent.key(dim, tag), physical);
            }
        }
    }

    private static int[] intList(MshCursor in, boolean bin, String what) {
        int n = bin ? in.readCount(what, in.remaining() / 4) : in.nextCount(what, in.remaining());
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = bin ? in.readInt() : in.nextInt("tag");
        }
        return out;
    }

    private static void allocateNodes(MshContent content, int n) {
        content.nodeTags = new long[n];
        content.xyz = new double[3 * n];
    }

    private static void indexNodes(MshCursor in, MshContent content, int at) {
        for (int i = 0; i < content.nodeCount; i++) {
            if (content.nodeTags[i] <= 0 || content.nodeTags[i] >= (1L << 32)) {
                throw in.errorAt(at, "node tag %d is not a positive 32-bit number", content.nodeTags[i]);
            }
        }
        content.index = TagIndex.of(content.nodeTags, content.nodeCount);
        if (content.index.duplicate >= 0) {
            throw in.errorAt(at, "node tag %d appears twice in $Nodes; save the mesh again with Gmsh",
                    content.index.duplicate);
        }
    }

    private static void nodes41(MshCursor in, MshContent content) {
        boolean bin = in.isBinary();
        int at = in.mark();
        int blocks = bin ? in.readCount("number of node blocks", in.remaining())
                : in.nextCount("number of node blocks", in.remaining());
        int total = bin ? in.readCount("number of nodes", in.remaining() / (in.sizeT() + 24))
                : in.nextCount("number of nodes", in.remaining() / 8);
        for (int k = 0; k < 2; k++) {
            if (bin) {
                in.readSize();
            } else {
                in.nextLong("node tag bound");
            }
        }
        allocateNodes(content, total);
        for (int b = 0; b < blocks; b++) {
            int entityDim = bin ? in.readInt() : in.nextInt("entity dimension");
            if (bin) {
                in.readInt();
            } else {
                in.nextInt("entity tag");
            }
            int parametric = bin ? in.readInt() : in.nextInt("parametric flag");
            int n = bin ? in.readCount("number of nodes in block", in.remaining() / (in.sizeT() + 24))
                    : in.nextCount("number of nodes in block", in.remaining() / 8);
            if (content.nodeCount + n > total) {
                throw in.error("the node blocks hold more than the %d nodes announced", total);
            }
            int first = content.nodeCount;
            for (int i = 0; i < n; i++) {
                content.nodeTags[first + i] = bin ? in.readSize() : in.nextLong("node tag");
            }
            int extra = parametric != 0 ? entityDim : 0;
            for (int i = 0; i < n; i++) {
                for (int d = 0; d < 3 + extra; d++) {
                    double v = bin ? in.readDouble() : in.nextDouble("node coordinate");
                    if (d < 3) {
                        content.xyz[3 * (first + i) + d] = v;
                    }
                }
            }
            content.nodeCount += n;
        }
        if (content.nodeCount != total) {
            throw in.errorAt(at, "$Nodes announces %d nodes but its blocks hold %d", total, content.nodeCount);
        }
        indexNodes(in, content, at);
    }

    private static void nodes22(MshCursor in, MshContent content) {
        int at = in.mark();
        int n = in.nextCount("number of nodes", in.remaining() / 8);
        allocateNodes(content, n);
        for (int i = 0; i < n; i++) {
            content.nodeTags[i] = in.nextLong("node tag");
            for (int d = 0; d < 3; d++) {
                content.xyz[3 * i + d] = in.nextDouble("node coordinate");
            }
        }
        content.nodeCount = n;
        indexNodes(in, content, at);
    }

    private static GmshType type(MshCursor in, int number) {
        GmshType t = GmshType.of(number);
        if (t == null) {
            throw in.error("unknown Gmsh element type %d; save the mesh with triangles or tetrahedra of order 1 or 2",
                    number);
        }
        return t;
    }

    private static int node(MshCursor in, MshContent content, long tag, long element) {
        int i = content.index.find(tag);
        if (i < 0) {
            throw in.error("element %d refers to node %d, which is not in $Nodes; save the mesh again with Gmsh",
                    element, tag);
        }
        return i;
    }

    private static void elements41(MshCursor in, MshContent content) {
        boolean bin = in.isBinary();
        int blocks = bin ? in.readCount("number of element blocks", in.remaining())
                : in.nextCount("number of element blocks", in.remaining());
        for (int k = 0; k < 3; k++) {
            if (bin) {
                in.readSize();
            } else {
                in.nextLong("element count or tag bound");
            }
        }
        for (int b = 0; b < blocks; b++) {
            int entityDim = bin ? in.readInt() : in.nextInt("entity dimension");
            int at = in.mark();
            int entityTag = bin ? in.readInt() : in.nextInt("entity tag");
            int typeNumber = bin ? in.readInt() : in.nextInt("element type");
            GmshType type = type(in, typeNumber);
            long bytesPer = bin ? (long) in.sizeT() * (1 + type.nodes()) : 2L * (1 + type.nodes());
            int n = bin ? in.readCount("number of elements in block", in.remaining() / bytesPer)
                    : in.nextCount("number of elements in block", in.remaining() / bytesPer);
            int[] physical = content.entityPhysicals.getOrDefault(MshContent.key(entityDim, entityTag), new int[0]);
            MshContent.Block block = new MshContent.Block(type, at, entityTag, physical, n);
            for (int e = 0; e < n; e++) {
                long tag = bin ? in.readSize() : in.nextLong("element tag");
                int off = block.add(tag, 0);
                for (int v = 0; v < type.nodes(); v++) {
                    block.nodes[off + v] = node(in, content, bin ? in.readSize() : in.nextLong("node tag"), tag);
                }
            }
            content.blocks.add(block);
        }
    }

    private static void elements22(MshCursor in, MshContent content) {
        int n = in.nextCount("number of elements", in.remaining() / 8);
        Map<Integer, MshContent.Block> byType = new LinkedHashMap<>();
        for (int e = 0; e < n; e++) {
            long tag = in.nextLong("element tag");
            int at = in.mark();
            GmshType type = type(in, in.nextInt("element type"));
            int ntags = in.nextCount("number of tags", 64);
            int physical = 0;
            for (int t = 0; t < ntags; t++) {
                int v = in.nextInt("element tag");
                if (t == 0) {
                    physical = v;
                }
            }
            MshContent.Block block = byType.computeIfAbsent(type.number(),
                k -> new MshContent.Block(type, at, -1, null, 16));
            int off = block.add(tag, physical);
            for (int v = 0; v < type.nodes(); v++) {
                block.nodes[off + v] = node(in, content, in.nextLong("node tag"), tag);
            }
        }
        content.blocks.addAll(byType.values());
    }
}
