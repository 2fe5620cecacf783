package org.interphase.physics.czm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interphase.core.InputException;
import org.interphase.input.CaseSection;

/**
 * The traction-separation laws a case file can name ({@code interfaces.NAME.law}): each name maps to a
 * {@link Reader} that takes the law's own keys from the interface block. A second law is one new
 * {@link TractionLaw} class with a static reader plus one line in {@link #registry()}; nothing else in the
 * cohesive runner changes.
 */
public final class CohesiveLaws {

    /** Builds a law from its keys in an interface block. */
    @FunctionalInterface
    public interface Reader {
        /**
         * @param s (Input) the interface block; the reader reads the law's keys (the runner reads the rest).
         * @return the law.
         * @throws InputException naming the block when a key is missing or wrong or a value is out of range.
         */
        TractionLaw read(CaseSection s);
    }

    private static final Map<String, Reader> LAWS = registry();

    private CohesiveLaws() {
    }

    private static Map<String, Reader> registry() {
        Map<String, Reader> laws = new LinkedHashMap<>();
        laws.put("bilinear_mixed_mode", BilinearMixedModeLaw::read);
        return Collections.unmodifiableMap(laws);
    }

    /** @return the law names a case file may give, in registration order. */
    public static List<String> names() {
        return new ArrayList<>(LAWS.keySet());
    }

    /**
     * Reads the required key {@code law} of an interface block and then the named law's own keys.
     *
     * @param s (Input) the interface block.
     * @return the law.
     * @throws InputException naming the file line when the law is unknown (listing the known names) or one
     *                        of its keys is wrong.
     */
    public static TractionLaw read(CaseSection s) {
        String name = s.choice("law", null, LAWS.keySet().toArray(new String[0]));
        return LAWS.get(name).read(s);
    }
}
