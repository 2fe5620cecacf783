package org.interphase.input;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.interphase.core.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class CaseFileTest {

    /** Values pass through one multiplication by a power of ten at most. */
    private static final double REL_TOL = 1e-14;

    /** Surefire runs in the module folder, so messages name the files as written here. */
    private static final Path CASES = Path.of("src/test/resources/cases");
    private static final String VALID = "src/test/resources/cases/valid.yaml";

    /** Reads a case the way a model would: what it needs, with defaults, depending on earlier values. */
    private static void readModel(CaseFile c) {
        CaseSection root = c.root();
        root.string("title");
        CaseSection mesh = root.section("mesh");
        mesh.path("file");
        mesh.integer("order", 1, 1, 2);
        CaseSection model = root.optSection("model");
        model.choice("plane", "strain", "strain", "stress", "3d");
        model.bool("nonlinear", false);
        model.quantity("temperature", Dimension.TEMPERATURE, 298.15);
        for (CaseSection m : root.sections("materials").values()) {
            m.quantity("E", Dimension.PRESSURE);
            m.real("nu");
            m.quantity("thickness", Dimension.LENGTH, 0.0);
        }
        for (CaseSection i : root.list("interfaces")) {
            i.string("name");
            i.quantity("penalty", Dimension.STIFFNESS_PER_AREA);
            i.quantities("strength", Dimension.PRESSURE);
            i.quantity("Gc", Dimension.ENERGY_PER_AREA);
        }
        for (CaseSection bc : root.list("bcs")) {
            bc.string("boundary");
            String type = bc.choice("type", null, "symmetry", "traction", "displacement");
            if (!type.equals("symmetry")) {
                bc.quantity("value", type.equals("traction") ? Dimension.PRESSURE : Dimension.LENGTH);
            }
        }
        CaseSection out = root.optSection("output");
        out.strings("fields");
        out.integer("every", 1, 1, Integer.MAX_VALUE);
        out.bool("checkpoints", true);
    }

    private static CaseFile load(String name, String... sets) {
        return CaseFile.load(CASES.resolve(name), List.of(sets));
    }

    @Test
    void readsTheValidCaseInSi() {
        CaseFile c = load("valid.yaml");
        readModel(c);
        c.finish();
        CaseSection root = c.root();
        Map<String, CaseSection> materials = root.sections("materials");
        assertEquals(List.of("plate", "film", "oxide"), List.copyOf(materials.keySet()));
        assertClose(2e11, materials.get("plate").quantity("E", Dimension.PRESSURE));
        assertClose(4e-9, materials.get("film").quantity("thickness", Dimension.LENGTH));
        assertClose(1.65e11, materials.get("oxide").quantity("E", Dimension.PRESSURE));
        assertClose(4e-9, materials.get("oxide").quantity("thickness", Dimension.LENGTH, 0));
        assertEquals(0.3, materials.get("oxide").real("nu"));
        CaseSection cz = root.list("interfaces").get(0);
        assertEquals("interfaces.0", cz.key());
        assertArrayEquals(new double[] {2e7, 3e7}, cz.quantities("strength", Dimension.PRESSURE));
        assertClose(280, cz.quantity("Gc", Dimension.ENERGY_PER_AREA));
        assertEquals(Path.of("src/test/resources/meshes/kirsch.msh").toAbsolutePath(),
                root.section("mesh").path("file"));
        assertEquals(List.of("u", "sigma"), root.section("output").strings("fields"));
        assertSame(root.section("output"), root.optSection("output"));
        assertEquals(List.of("title", "mesh", "model", "materials", "interfaces", "bcs", "output"), root.keys());
    }

    @Test
    void resolvedHoldsSiValuesUnitsAndDefaults() {
        CaseFile c = load("valid.yaml");
        readModel(c);
        Map<String, Object> r = c.resolved();
        assertEquals(Map.of("value", 2e11, "unit", "Pa", "text", "200 GPa"), at(r, "materials.plate.E"));
        assertEquals(Map.of("value", 0.0, "unit", "m"), at(r, "materials.plate.thickness"));
        assertEquals(Map.of("value", 298.15, "unit", "K"), at(r, "model.temperature"));
        assertEquals(0.3, at(r, "materials.film.nu"));
        assertEquals("strain", at(r, "model.plane"));
        assertEquals(false, at(r, "model.nonlinear"));
        assertEquals(5, at(r, "output.every"));
        assertEquals(true, at(r, "output.checkpoints"));
        assertEquals(List.of("u", "sigma"), at(r, "output.fields"));
        assertEquals(Map.of("value", List.of(2e7, 3e7), "unit", "Pa", "text", List.of("20 MPa", "30 MPa")),
                at(r, "interfaces.0.strength"));
        assertEquals("symmetry", at(r, "bcs.0.type"));
        assertFalse(((Map<?, ?>) at(r, "bcs.0")).containsKey("value"));
        assertEquals(Path.of("src/test/resources/meshes/kirsch.msh").toAbsolutePath().toString(), at(r, "mesh.file"));
        assertThrows(UnsupportedOperationException.class, () -> r.put("x", 1));
    }

    @Test
    void setOverridesValuesAndAddsKeys() {
        // bcs.1.value is a bare number: SI, whatever the dimension
        CaseFile c = load("valid.yaml", "materials.plate.E=59 MPa", "bcs.1.value=5e7", "model.temperature=300 K",
                "output.fields=[u]", "mesh=other.msh");
        CaseSection root = c.root();
        assertClose(5.9e7, root.sections("materials").get("plate").quantity("E", Dimension.PRESSURE));
        assertClose(5e7, root.list("bcs").get(1).quantity("value", Dimension.PRESSURE));
        assertClose(300, root.section("model").quantity("temperature", Dimension.TEMPERATURE));
        assertEquals(List.of("u"), root.section("output").strings("fields"));
        assertEquals(Path.of("other.msh").toAbsolutePath(), root.path("mesh"));
        assertEquals(Map.of("value", 5.9e7, "unit", "Pa", "text", "59 MPa"), at(c.resolved(), "materials.plate.E"));
    }

    @Test
    void overriddenValueReportsItsOrigin() {
        CaseFile c = load("valid.yaml", "materials.plate.E=200 mm");
        assertMessage("--set materials.plate.E: materials.plate.E: expected a pressure (Pa), got a length (m) "
                + "in \"200 mm\"", () -> readModel(c));
        CaseFile d = load("valid.yaml", "output.evry=3");
        readModel(d);
        assertMessage("--set output.evry: output.evry: unknown key (did you mean 'every'?); known keys in output: "
                + "fields, every, checkpoints", d::finish);
    }

    @Test
    void badSetPathsAreNamed() {
        assertMessage("--set materal.plate.E: materal does not exist in " + VALID + " (did you mean materials?); "
                + "keys there: title, mesh, model, materials, interfaces, bcs, output",
                () -> load("valid.yaml", "materal.plate.E=1 GPa"));
        assertMessage("--set materials.wood.E: materials.wood does not exist in " + VALID
                + "; keys there: plate, film, oxide", () -> load("valid.yaml", "materials.wood.E=1 GPa"));
        assertMessage("--set bcs.2.value: bcs is a list of 2 items, so '2' must be an index from 0 to 1",
                () -> load("valid.yaml", "bcs.2.value=1 MPa"));
        assertMessage("--set title.x: title is the value \"Kirsch plate\", which has no key 'x'",
                () -> load("valid.yaml", "title.x=1"));
        assertMessage("--set \"title\": expected key.path=value, e.g. --set materials.film.E=30GPa",
                () -> load("valid.yaml", "title"));
        assertMessage("--set title: cannot read the value as YAML: expected ',' or ']', but got <stream end> "
                + "(while parsing a flow sequence)",
                () -> load("valid.yaml", "title=[a, b"));
    }

    @Test
    void syntaxErrorNamesLineAndColumn() {
        assertMessage("src/test/resources/cases/syntax-error.yaml:4:10: mapping values are not allowed here; "
                + "check the indentation, colons and quotes here", () -> load("syntax-error.yaml"));
    }

    @Test
    void unknownKeyIsReportedByFinish() {
        CaseFile c = load("unknown-key.yaml");
        readModel(c);
        assertMessage("src/test/resources/cases/unknown-key.yaml:11: model.damping: unknown key; known keys in "
                + "model: plane, nonlinear, temperature", c::finish);
    }

    @Test
    void misspeltKeyGetsDidYouMean() {
        CaseFile c = load("misspelt-key.yaml");
        readModel(c);
        assertMessage("src/test/resources/cases/misspelt-key.yaml:10: model.nonlinaer: unknown key "
                + "(did you mean 'nonlinear'?); known keys in model: plane, nonlinear, temperature", c::finish);
    }

    @Test
    void misspeltRequiredKeyIsPointedOut() {
        CaseFile c = CaseFile.parse("cz:\n  strenght: 20 MPa\n", Path.of("x.yaml"), List.of());
        assertMessage("x.yaml:1: cz.strength: required key is missing; add \"strength: <a pressure (Pa)>\" under cz "
                + "(is 'strenght' at x.yaml:2 a misspelling of it?)",
                () -> c.root().section("cz").quantity("strength", Dimension.PRESSURE));
    }

    @Test
    void mergedKeysAreCheckedWhereverTheyLand() {
        CaseFile c = CaseFile.parse("base: &b {E: 1 GPa, nuu: 0.3}\nfilm:\n  <<: *b\n  E: 2 GPa\n", Path.of("x.yaml"),
                List.of());
        CaseSection film = c.root().section("film");
        assertClose(2e9, film.quantity("E", Dimension.PRESSURE));
        assertEquals(0.3, film.real("nu", 0.3));
        c.root().section("base").quantity("E", Dimension.PRESSURE);
        c.root().section("base").real("nu", 0.3);
        assertMessage("x.yaml:1: base.nuu: unknown key (did you mean 'nu'?); known keys in base: E, nu\n"
                + "x.yaml:1: film.nuu: unknown key (did you mean 'nu'?); known keys in film: E, nu\n"
                + "(2 unknown keys; remove or correct them)", c::finish);
    }

    @Test
    void everyUnknownKeyIsListed() {
        CaseFile c = CaseFile.parse("mesh: {file: a.msh}\nmodle: {}\nmesh2: 1\n", Path.of("x.yaml"), List.of());
        c.root().section("mesh").path("file");
        assertMessage("x.yaml:2: modle: unknown key; known keys in the top level: mesh\n"
                + "x.yaml:3: mesh2: unknown key (did you mean 'mesh'?); known keys in the top level: mesh\n"
                + "(2 unknown keys; remove or correct them)", c::finish);
    }

    @Test
    void wrongUnitNamesKeyLineAndBothDimensions() {
        assertMessage("src/test/resources/cases/wrong-unit.yaml:14: materials.plate.E: expected a pressure (Pa), "
                + "got a length (m) in \"200 mm\"", () -> readModel(load("wrong-unit.yaml")));
    }

    @Test
    void missingKeyNamesTheSectionLine() {
        assertMessage("src/test/resources/cases/missing-key.yaml:13: materials.plate.E: required key is missing; "
                + "add \"E: <a pressure (Pa)>\" under materials.plate", () -> readModel(load("missing-key.yaml")));
        CaseFile c = CaseFile.parse("# a comment\n\nmesh: {}\n", Path.of("x.yaml"), List.of());
        assertMessage("x.yaml:3: title: required key is missing; add \"title: <a text>\" at the top level",
                () -> c.root().string("title"));
        assertMessage("x.yaml:3: output.every: required key is missing; add \"every: <an integer>\" under output",
                () -> c.root().optSection("output").integer("every"));
    }

    @Test
    void duplicateKeyNamesBothLines() {
        assertMessage("src/test/resources/cases/duplicate-key.yaml:16: materials.plate.E: duplicate key "
                + "(first given at line 14); keep one", () -> load("duplicate-key.yaml"));
    }

    @Test
    void wrongShapesAndValuesAreNamed() {
        CaseFile c = CaseFile.parse(String.join("\n",
                "a: [1, 2]",
                "b: {x: 1}",
                "c:",
                "n: 2.5",
                "k: 0",
                "p: strian",
                "t: maybe",
                "s: 3",
                "l: [{x: 1}, 2]",
                "u: 4 GPA",
                "v: [1 mm, {y: 2}]",
                ""), Path.of("x.yaml"), List.of());
        CaseSection r = c.root();
        assertMessage("x.yaml:1: a: expected a pressure (Pa), got a list", () -> r.quantity("a", Dimension.PRESSURE));
        assertMessage("x.yaml:2: b: expected a text, got a mapping", () -> r.string("b"));
        assertMessage("x.yaml:1: a: expected a mapping (indented key: value lines), got a list", () -> r.section("a"));
        assertMessage("x.yaml:3: c: no value given; write a length (m) or delete the line",
                () -> r.quantity("c", Dimension.LENGTH, 1.0));
        assertEquals(List.of(), r.optSection("c").keys());
        assertMessage("x.yaml:4: n: expected an integer, got \"2.5\"", () -> r.integer("n"));
        assertMessage("x.yaml:5: k: must be between 1 and 3, got 0", () -> r.integer("k", 2, 1, 3));
        assertMessage("x.yaml:6: p: expected one of strain, stress, got \"strian\" (did you mean strain?)",
                () -> r.choice("p", "strain", "strain", "stress"));
        assertMessage("x.yaml:7: t: expected true or false, got \"maybe\"", () -> r.bool("t"));
        assertMessage("x.yaml:8: s: expected a list of mappings (lines starting with '- '), got the value \"3\"",
                () -> r.list("s"));
        assertMessage("x.yaml:9: l.1: expected a mapping (indented key: value lines), got the value \"2\"",
                () -> r.list("l"));
        assertTrue(message(() -> r.quantity("u", Dimension.PRESSURE))
                .startsWith("x.yaml:10: u: unknown unit 'GPA' in \"4 GPA\" (did you mean GPa?); known units: m g s"));
        assertMessage("x.yaml:11: v.1: expected a length (m), got a mapping",
                () -> r.quantities("v", Dimension.LENGTH));
        assertEquals(List.of("3"), r.strings("s"));
        assertEquals(2.5, r.real("n"));
    }

    @Test
    void physicsErrorsPointAtTheKey() {
        CaseFile c = load("valid.yaml");
        CaseSection right = c.root().list("bcs").get(1);
        assertMessage(VALID + ":34: bcs.1.boundary: no boundary named 'right' in the mesh; it has top, bottom",
                () -> {
                    throw right.error("boundary", "no boundary named '%s' in the mesh; it has top, bottom",
                            right.string("boundary"));
                });
        CaseSection oxide = c.root().sections("materials").get("oxide");
        assertMessage(VALID + ":21: materials.oxide: no region named 'oxide' in the mesh", () -> {
            throw oxide.invalid("no region named '%s' in the mesh", oxide.name());
        });
        assertMessage(VALID + ":3: dt: must be positive", () -> {
            throw c.root().error("dt", "must be positive");
        });
    }

    @Test
    void rootMustBeAMapping() {
        assertMessage("x.yaml:1: the top level must be a mapping of keys (key: value lines), got a list",
                () -> CaseFile.parse("- a\n- b\n", Path.of("x.yaml"), List.of()));
        assertMessage("x.yaml:1: the case file is empty; it must be a mapping of keys (key: value lines)",
                () -> CaseFile.parse("# nothing\n", Path.of("x.yaml"), List.of()));
        assertTrue(message(() -> load("absent.yaml"))
                .startsWith("src/test/resources/cases/absent.yaml: cannot read the case file"));
    }

    private static void assertClose(double expected, double actual) {
        assertEquals(expected, actual, REL_TOL * Math.abs(expected));
    }

    private static Object at(Map<String, Object> resolved, String dotted) {
        Object o = resolved;
        for (String part : dotted.split("\\.")) {
            o = o instanceof List<?> l ? l.get(Integer.parseInt(part)) : ((Map<?, ?>) o).get(part);
        }
        return o;
    }

    private static void assertMessage(String expected, Executable action) {
        assertEquals(expected, message(action));
    }

    private static String message(Executable action) {
        return assertThrows(InputException.class, action).getMessage();
    }
}
