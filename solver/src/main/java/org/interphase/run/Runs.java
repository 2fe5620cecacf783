package org.interphase.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.interphase.input.CaseFile;
import org.interphase.input.CaseSection;
import org.interphase.physics.czm.CohesiveCase;
import org.interphase.physics.elasticity.ElasticityCase;
import org.interphase.physics.phasefield.PhaseFieldCase;

/** The registry of physics runners and the one way to turn a case file into a configured job. */
public final class Runs {

    /** A case file read and checked, with its job. */
    public record Configured(CaseFile caseFile, Job<?> job) {
    }

    private Runs() {
    }

    /** @return every physics runner, in help order. */
    public static List<CaseRunner> runners() {
        List<CaseRunner> r = new ArrayList<>();
        r.add(new ElasticityCase());
        r.add(new CohesiveCase());
        r.add(new PhaseFieldCase());
        return r;
    }

    /**
     * Reads a case file, applies overrides, configures its physics and rejects unknown keys, before any
     * heavy work.
     *
     * @param file (Input) the case file.
     * @param sets (Input) "key.path=value" overrides.
     */
    public static Configured configure(Path file, List<String> sets) {
        CaseFile cf = CaseFile.load(file, sets);
        CaseSection root = cf.root();
        List<String> names = new ArrayList<>();
        for (CaseRunner r : runners()) {
            names.add(r.physics());
        }
        String physics = root.choice("physics", null, names.toArray(new String[0]));
        CaseRunner runner = null;
        for (CaseRunner r : runners()) {
            if (r.physics().equals(physics)) {
                runner = r;
            }
        }
        Job<?> job = runner.configure(root);
        cf.finish();
        return new Configured(cf, job);
    }
}
