package org.interphase.io.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Parses an XDMF series with the JDK XML parser and checks it against the HDF5 files it names: every
 * DataItem names an existing file and dataset whose shape and dtype match the declared Dimensions,
 * NumberType and Precision; topology and attribute sizes agree with the grid. Public for the output tests
 * of the physics packages.
 */
public final class XdmfCheck {

    /** One XDMF attribute as declared. */
    public record Attr(String type, String center, int[] dims, String file, String dataset) {
    }

    /** One uniform grid (time step) as declared. */
    public record Step(double time, String topologyType, int cells, int nodesPerCell, int points,
            String meshFile, Map<String, Attr> attributes) {
    }

    private XdmfCheck() {
    }

    /** Checks the series and returns its steps in file order. */
    public static List<Step> check(Path xdmf) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document doc = factory.newDocumentBuilder().parse(xdmf.toFile());
        Element root = doc.getDocumentElement();
        assertEquals("Xdmf", root.getTagName());
        assertEquals("3.0", root.getAttribute("Version"));
        Element collection = child(child(root, "Domain"), "Grid");
        assertEquals("Collection", collection.getAttribute("GridType"));
        assertEquals("Temporal", collection.getAttribute("CollectionType"));
        Map<String, HdfFile> open = new HashMap<>();
        try {
            List<Step> steps = new ArrayList<>();
            for (Element grid : children(collection, "Grid")) {
                assertEquals("Uniform", grid.getAttribute("GridType"));
                double time = Double.parseDouble(child(grid, "Time").getAttribute("Value"));
                Element topology = child(grid, "Topology");
                int cells = Integer.parseInt(topology.getAttribute("NumberOfElements"));
                int nodesPerCell = Integer.parseInt(topology.getAttribute("NodesPerElement"));
                Element topoItem = child(topology, "DataItem");
                Dataset topo = dataset(xdmf, topoItem, open);
                assertArrayEquals(new int[] {cells, nodesPerCell}, topo.getDimensions(), "topology shape");
                Element geometry = child(grid, "Geometry");
                assertEquals("XYZ", geometry.getAttribute("GeometryType"));
                Dataset geo = dataset(xdmf, child(geometry, "DataItem"), open);
                assertEquals(2, geo.getDimensions().length, "geometry rank");
                assertEquals(3, geo.getDimensions()[1], "geometry is always 3D");
                int points = geo.getDimensions()[0];
                for (long node : (long[]) topo.getDataFlat()) {
                    assertTrue(node >= 0 && node < points, "topology node " + node + " out of range");
                }
                Map<String, Attr> attributes = new LinkedHashMap<>();
                for (Element a : children(grid, "Attribute")) {
                    Element item = child(a, "DataItem");
                    Dataset data = dataset(xdmf, item, open);
                    int[] dims = data.getDimensions();
                    String center = a.getAttribute("Center");
                    assertEquals("Node".equals(center) ? points : cells, dims[0],
                            "tuples of " + a.getAttribute("Name"));
                    int comps = dims.length == 1 ? 1 : dims[1];
                    String type = a.getAttribute("AttributeType");
                    int expected = Map.of("Scalar", 1, "Vector", 3, "Tensor6", 6, "Tensor", 9).get(type);
                    assertEquals(expected, comps, "components of " + type + " " + a.getAttribute("Name"));
                    String[] ref = item.getTextContent().trim().split(":", 2);
                    attributes.put(a.getAttribute("Name"), new Attr(type, center, dims, ref[0], ref[1]));
                }
                String meshFile = child(geometry, "DataItem").getTextContent().trim().split(":", 2)[0];
                steps.add(new Step(time, topology.getAttribute("TopologyType"), cells, nodesPerCell, points,
                        meshFile, attributes));
            }
            return steps;
        } finally {
            for (HdfFile f : open.values()) {
                f.close();
            }
        }
    }

    /** Opens the dataset an HDF DataItem names and checks its declared shape and type. */
    private static Dataset dataset(Path xdmf, Element item, Map<String, HdfFile> open) {
        assertEquals("HDF", item.getAttribute("Format"));
        String[] ref = item.getTextContent().trim().split(":", 2);
        assertEquals(2, ref.length, "DataItem text is file:/dataset");
        Path file = xdmf.resolveSibling(ref[0]);
        assertTrue(Files.isRegularFile(file), "DataItem references missing file " + file);
        HdfFile h5 = open.computeIfAbsent(ref[0], k -> new HdfFile(file));
        Dataset data = h5.getDatasetByPath(ref[1]);
        int[] declared = Arrays.stream(item.getAttribute("Dimensions").trim().split("\\s+"))
                .mapToInt(Integer::parseInt).toArray();
        assertArrayEquals(declared, data.getDimensions(), "Dimensions of " + ref[0] + ":" + ref[1]);
        String type = item.getAttribute("NumberType") + item.getAttribute("Precision");
        Class<?> javaType = Map.<String, Class<?>>of("Float8", double.class, "Int8", long.class, "Int4", int.class)
                .get(type);
        assertEquals(javaType, data.getJavaType(), "dtype of " + ref[0] + ":" + ref[1] + " declared " + type);
        return data;
    }

    private static Element child(Element parent, String tag) {
        List<Element> list = children(parent, tag);
        assertEquals(1, list.size(), "one <" + tag + "> in <" + parent.getTagName() + ">");
        return list.get(0);
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> list = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element && ((Element) n).getTagName().equals(tag)) {
                list.add((Element) n);
            }
        }
        return list;
    }
}
