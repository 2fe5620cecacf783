package org.interphase.io.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {

    @TempDir
    Path tmp;

    @Test
    void jsonEscapesStringsAndWritesNonFiniteNumbersAsNull() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("quote\"back\\slash", "tab\tnew\nline\u0001bell\u2028");
        m.put("nan", Double.NaN);
        m.put("inf", Float.NEGATIVE_INFINITY);
        m.put("numbers", List.of(1, 2L, 0.1, -2.5e-12, 1e300));
        m.put("empty", Map.of());
        m.put("nothing", new ArrayList<>());
        m.put("flag", true);
        m.put("null", null);
        m.put("unicode", "Na\u00b7SEI \u03c3");
        assertEquals("{\n"
                + "  \"quote\\\"back\\\\slash\": \"tab\\tnew\\nline\\u0001bell\\u2028\",\n"
                + "  \"nan\": null,\n"
                + "  \"inf\": null,\n"
                + "  \"numbers\": [1, 2, 0.1, -2.5E-12, 1.0E300],\n"
                + "  \"empty\": {},\n"
                + "  \"nothing\": [],\n"
                + "  \"flag\": true,\n"
                + "  \"null\": null,\n"
                + "  \"unicode\": \"Na\u00b7SEI \u03c3\"\n"
                + "}", Json.write(m));
    }

    @Test
    void jsonNestsMapsListsAndArrays() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("E", 4.9e9);
        inner.put("unit", "Pa");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("materials", List.of(inner, Map.of("nu", 0.3)));
        m.put("grid", new int[][] {{1, 2}, {3}});
        m.put("ratios", new double[] {0.5, Double.POSITIVE_INFINITY});
        assertEquals("{\n"
                + "  \"materials\": [\n"
                + "    {\n"
                + "      \"E\": 4.9E9,\n"
                + "      \"unit\": \"Pa\"\n"
                + "    },\n"
                + "    {\n"
                + "      \"nu\": 0.3\n"
                + "    }\n"
                + "  ],\n"
                + "  \"grid\": [\n"
                + "    [1, 2],\n"
                + "    [3]\n"
                + "  ],\n"
                + "  \"ratios\": [0.5, null]\n"
                + "}", Json.write(m));
        assertEquals("\"plain\"", Json.write("plain"));
        assertEquals("-7", Json.write(-7));
    }

    @Test
    void jsonRejectsUnknownTypesAndCycles() {
        assertEquals("cannot write a java.lang.Object as JSON; convert it to a string, number, boolean, list or "
                + "map first", assertThrows(IllegalArgumentException.class, () -> Json.write(new Object()))
                .getMessage());
        List<Object> loop = new ArrayList<>();
        loop.add(loop);
        assertEquals("JSON value nested deeper than 64 levels; does it contain itself?", assertThrows(
                IllegalArgumentException.class, () -> Json.write(loop)).getMessage());
    }

    @Test
    void manifestIsWrittenAtStartAndRewrittenAtTheEnd() throws IOException {
        Map<String, Object> resolved = new LinkedHashMap<>();
        resolved.put("mesh", "meshes/peel.msh");
        resolved.put("steps", 40);
        Manifest manifest = new Manifest("0.1.0", "cpu", Arrays.asList("run", "cases/peel.yaml"),
                Path.of("cases/peel.yaml"), resolved, Instant.parse("2025-03-01T10:00:00Z"));
        Path file = manifest.writeInto(tmp.resolve("out"));
        assertEquals(tmp.resolve("out/manifest.json"), file);
        assertEquals("{\n"
                + "  \"interphase_version\": \"0.1.0\",\n"
                + "  \"device\": \"cpu\",\n"
                + "  \"command_line\": [\"run\", \"cases/peel.yaml\"],\n"
                + "  \"case_file\": \"cases/peel.yaml\",\n"
                + "  \"case\": {\n"
                + "    \"mesh\": \"meshes/peel.msh\",\n"
                + "    \"steps\": 40\n"
                + "  },\n"
                + "  \"start_time\": \"2025-03-01T10:00:00Z\",\n"
                + "  \"end_time\": null,\n"
                + "  \"status\": \"running\",\n"
                + "  \"results\": {}\n"
                + "}\n", Files.readString(file));
        manifest.result("peak_traction", 1.25e6).result("energy_history", List.of(0.0, 0.5))
                .finish(Instant.parse("2025-03-01T10:02:03.500Z"), "completed").writeInto(tmp.resolve("out"));
        String json = Files.readString(file);
        assertEquals(true, json.contains("  \"end_time\": \"2025-03-01T10:02:03.500Z\",\n"
                + "  \"status\": \"completed\",\n"
                + "  \"results\": {\n"
                + "    \"peak_traction\": 1250000.0,\n"
                + "    \"energy_history\": [0.0, 0.5]\n"
                + "  }\n"), json);
    }
}
