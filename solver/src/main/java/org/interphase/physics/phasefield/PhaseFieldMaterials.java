package org.interphase.physics.phasefield;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interphase.core.InputException;
import org.interphase.input.CaseSection;
import org.interphase.input.Dimension;

/**
 * Builds {@link PhaseFieldMaterial}s from presets and case-file keys, with the consistent parametrization
 * of physics.md section 4 as the default and the raw constants still settable. Three groups of keys have
 * two spellings each; a region gives one spelling per group (a preset's keys of the other spelling are
 * dropped, and the missing half of a pair is taken from the preset's resolved values):
 *
 * <ul>
 * <li>interface: {@code interface_energy} gamma and {@code interface_width} delta, giving
 *     W = 6 gamma / delta and kappa0 = 3 gamma delta; or raw {@code barrier_height} W and
 *     {@code gradient_coefficient} kappa0;</li>
 * <li>kinetics: {@code exchange_current_density} i0, giving L_eta = i0 / (3 n F c_s delta) so that a planar
 *     front carries the current -i0 B; or raw {@code kinetic_coefficient} L_eta;</li>
 * <li>mobility: {@code mobility_ratio} r with {@code reference_overpotential} eta_ref, giving
 *     L_sigma = r L_eta |B(-eta_ref, 1)| / W, so the profile stays at equilibrium (L_sigma W &gt;&gt; L_eta |B|)
 *     up to |eta| = eta_ref; or raw {@code mobility} L_sigma.</li>
 * </ul>
 *
 * Presets: {@code Li} is the Chen-2015 set as published in public inputs (Hong and Viswanathan, ACS Energy
 * Lett. 3 (2018) 1737), raw constants; {@code Na} is a consistent set documented in docs/phasefield.md.
 */
public final class PhaseFieldMaterials {

    private static final Dimension MOBILITY = Dimension.parse("m^3/(J*s)");
    private static final Dimension GRADIENT = Dimension.parse("J/m");

    /** The keys a material block may hold, with their dimensions (null: dimensionless). */
    private static final Map<String, Dimension> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put("interface_energy", Dimension.ENERGY_PER_AREA);
        KEYS.put("interface_width", Dimension.LENGTH);
        KEYS.put("barrier_height", Dimension.ENERGY_PER_VOLUME);
        KEYS.put("gradient_coefficient", GRADIENT);
        KEYS.put("exchange_current_density", Dimension.CURRENT_DENSITY);
        KEYS.put("kinetic_coefficient", Dimension.RATE);
        KEYS.put("mobility_ratio", Dimension.DIMENSIONLESS);
        KEYS.put("reference_overpotential", Dimension.POTENTIAL);
        KEYS.put("mobility", MOBILITY);
        KEYS.put("anisotropy_strength", Dimension.DIMENSIONLESS);
        KEYS.put("anisotropy_mode", Dimension.DIMENSIONLESS);
        KEYS.put("anisotropy_angle", Dimension.DIMENSIONLESS);
        KEYS.put("transfer_coefficient", Dimension.DIMENSIONLESS);
        KEYS.put("charge_number", Dimension.DIMENSIONLESS);
        KEYS.put("equilibrium_potential", Dimension.POTENTIAL);
        KEYS.put("metal_diffusivity", Dimension.DIFFUSIVITY);
        KEYS.put("electrolyte_diffusivity", Dimension.DIFFUSIVITY);
        KEYS.put("metal_conductivity", Dimension.CONDUCTIVITY);
        KEYS.put("electrolyte_conductivity", Dimension.CONDUCTIVITY);
        KEYS.put("electronic_conductivity", Dimension.CONDUCTIVITY);
        KEYS.put("site_density", Dimension.CONCENTRATION);
        KEYS.put("molar_volume", Dimension.MOLAR_VOLUME);
    }

    /** Pairs of alternative spellings: {consistent keys, raw keys}. */
    private static final String[][][] GROUPS = {
        {{"interface_energy", "interface_width"}, {"barrier_height", "gradient_coefficient"}},
        {{"exchange_current_density"}, {"kinetic_coefficient"}},
        {{"mobility_ratio", "reference_overpotential"}, {"mobility"}},
        {{"site_density"}, {"molar_volume"}},
    };

    private PhaseFieldMaterials() {
    }

    /** @return the names of the presets. */
    public static List<String> presets() {
        return List.of("Li", "Na");
    }

    /**
     * The preset's keys in SI.
     *
     * @param name        (Input) Li or Na.
     * @param temperature (Input) K (the Li set scales W and kappa0 with RT).
     * @return key to value.
     */
    public static Map<String, Double> preset(String name, double temperature) {
        Map<String, Double> m = new LinkedHashMap<>();
        double rtc0 = PhysicalConstants.GAS_CONSTANT * temperature * 1000.0;
        switch (name) {
            case "Li":
                m.put("mobility", 2.5e-6);
                m.put("kinetic_coefficient", 1e-3);
                m.put("barrier_height", 2.4 * rtc0);
                m.put("gradient_coefficient", 0.3 * rtc0 * 1e-12);
                m.put("anisotropy_strength", 0.1);
                m.put("metal_diffusivity", 7.5e-13);
                m.put("electrolyte_diffusivity", 3.197e-10);
                m.put("metal_conductivity", 1e7);
                m.put("electrolyte_conductivity", 1.19);
                m.put("site_density", 7.64e4);
                break;
            case "Na":
                m.put("interface_energy", 0.2);
                m.put("interface_width", 0.5e-6);
                m.put("exchange_current_density", 10.0);
                m.put("mobility_ratio", 100.0);
                m.put("reference_overpotential", 0.1);
                m.put("anisotropy_strength", 0.1);
                m.put("metal_diffusivity", 7.5e-13);
                m.put("electrolyte_diffusivity", 3e-10);
                m.put("metal_conductivity", 2.1e7);
                m.put("electrolyte_conductivity", 1.0);
                m.put("molar_volume", 23.75e-6);
                break;
            default:
                throw new IllegalArgumentException("unknown preset " + name);
        }
        m.put("anisotropy_mode", 4.0);
        m.put("anisotropy_angle", 0.0);
        m.put("transfer_coefficient", 0.5);
        m.put("charge_number", 1.0);
        m.put("equilibrium_potential", 0.0);
        m.put("electronic_conductivity", 0.0);
        return m;
    }

    /** The keys of the Allen-Cahn model alone. */
    private static final List<String> ALLEN_CAHN_KEYS = List.of("interface_energy", "interface_width",
            "barrier_height", "gradient_coefficient", "mobility", "anisotropy_strength", "anisotropy_mode",
            "anisotropy_angle");

    /**
     * Reads one region's block: {@code preset} (Li, Na or none) and any of the keys listed in the class
     * comment. For the Allen-Cahn model only the interface, mobility and anisotropy keys exist (others are
     * unknown keys); the electrochemical ones are set to inert values.
     *
     * @param s           (Input) the region's section.
     * @param temperature (Input) K.
     * @param allenCahn   (Input) whether the model is Allen-Cahn alone.
     * @return the resolved material.
     * @throws InputException for a missing key (without a preset), two spellings of one group, or values
     *                        out of range, naming the key and its line.
     */
    public static PhaseFieldMaterial read(CaseSection s, double temperature, boolean allenCahn) {
        String presetName = s.choice("preset", "none", "none", "Li", "Na");
        Map<String, Double> preset = presetName.equals("none") ? Map.of() : preset(presetName, temperature);
        Map<String, Double> given = new LinkedHashMap<>();
        for (Map.Entry<String, Dimension> k : KEYS.entrySet()) {
            if ((!allenCahn || ALLEN_CAHN_KEYS.contains(k.getKey())) && s.has(k.getKey())) {
                given.put(k.getKey(), s.quantity(k.getKey(), k.getValue()));
            }
        }
        if (allenCahn) {
            Map<String, Double> inert = new LinkedHashMap<>(Map.of("kinetic_coefficient", 1.0, "transfer_coefficient",
                    0.5, "charge_number", 1.0, "equilibrium_potential", 0.0, "metal_diffusivity", 1.0,
                    "electrolyte_diffusivity", 1.0, "metal_conductivity", 1.0, "electrolyte_conductivity", 1.0,
                    "electronic_conductivity", 0.0, "site_density", 1.0));
            inert.putAll(Map.of("anisotropy_strength", 0.0, "anisotropy_mode", 4.0, "anisotropy_angle", 0.0));
            Map<String, Double> p = new LinkedHashMap<>(inert);
            for (String k : ALLEN_CAHN_KEYS) {
                if (preset.containsKey(k)) {
                    p.put(k, preset.get(k));
                }
            }
            if (preset.isEmpty()) {
                for (String k : ALLEN_CAHN_KEYS) {
                    if (!inert.containsKey(k)) {
                        continue;
                    }
                    p.put(k, inert.get(k));
                }
                p.putAll(given);
                return build(p, temperature, s);
            }
            preset = p;
        }
        return resolve(preset, given, temperature, s);
    }

    /**
     * Resolves a preset overridden by given keys (see the class comment).
     *
     * @param preset (Input) preset keys (may be empty). Not modified.
     * @param given       (Input) keys from the case file. Not modified.
     * @param temperature (Input) K.
     * @param s           (Input) the section, for messages; may be null (then messages name no line).
     * @return the material.
     */
    public static PhaseFieldMaterial resolve(Map<String, Double> preset, Map<String, Double> given,
            double temperature, CaseSection s) {
        PhaseFieldMaterial base = preset.isEmpty() ? null : build(preset, temperature, s);
        Map<String, Double> m = new LinkedHashMap<>(preset);
        for (String[][] g : GROUPS) {
            boolean consistent = any(given, g[0]);
            boolean raw = any(given, g[1]);
            if (consistent && raw) {
                throw error(s, g[1][0], "give either %s or %s, not both", String.join(" and ", g[0]),
                        String.join(" and ", g[1]));
            }
            if (consistent || raw) {
                String[] keep = consistent ? g[0] : g[1];
                for (String k : consistent ? g[1] : g[0]) {
                    m.remove(k);
                }
                for (String k : keep) {
                    if (!given.containsKey(k) && !m.containsKey(k) && base != null) {
                        m.put(k, derived(base, k));
                    }
                }
            }
        }
        m.putAll(given);
        return build(m, temperature, s);
    }

    private static double derived(PhaseFieldMaterial b, String key) {
        switch (key) {
            case "interface_energy": return b.interfaceEnergy();
            case "interface_width": return b.interfaceWidth();
            case "barrier_height": return b.barrierHeight();
            case "gradient_coefficient": return b.gradientCoefficient();
            case "exchange_current_density": return b.exchangeCurrentDensity();
            case "kinetic_coefficient": return b.kineticCoefficient();
            case "mobility": return b.mobility();
            case "site_density": return b.siteDensity();
            case "molar_volume": return b.molarVolume();
            default: throw new IllegalStateException("no derived value for " + key);
        }
    }

    private static PhaseFieldMaterial build(Map<String, Double> m, double temperature, CaseSection s) {
        double w;
        double kappa;
        if (m.containsKey("interface_energy") || m.containsKey("interface_width")) {
            double gamma = positive(m, "interface_energy", s);
            double width = positive(m, "interface_width", s);
            // gamma = integral kappa xi'^2 dx = sqrt(2 kappa W) / 6 and delta = sqrt(2 kappa / W) (docs/phasefield.md)
            w = 6 * gamma / width;
            kappa = 3 * gamma * width;
        } else {
            w = positive(m, "barrier_height", s);
            kappa = positive(m, "gradient_coefficient", s);
        }
        double width = Math.sqrt(2 * kappa / w);
        double cs = m.containsKey("molar_volume") ? 1 / positive(m, "molar_volume", s) : positive(m, "site_density", s);
        double alpha = require(m, "transfer_coefficient", s);
        double n = positive(m, "charge_number", s);
        if (!(alpha > 0 && alpha < 1)) {
            throw error(s, "transfer_coefficient", "the transfer coefficient must lie in (0, 1), got %g", alpha);
        }
        double lEta = m.containsKey("exchange_current_density")
                ? positive(m, "exchange_current_density", s) / (3 * n * PhysicalConstants.FARADAY * cs * width)
                : positive(m, "kinetic_coefficient", s);
        double lSigma;
        if (m.containsKey("mobility_ratio") || m.containsKey("reference_overpotential")) {
            double ratio = positive(m, "mobility_ratio", s);
            double eta = Math.abs(require(m, "reference_overpotential", s));
            double b = new ButlerVolmer(alpha, n).value(-eta / PhysicalConstants.thermalVoltage(temperature), 1.0);
            lSigma = ratio * lEta * Math.abs(b) / w;
            if (!(lSigma > 0)) {
                throw error(s, "reference_overpotential", "a zero reference overpotential gives no mobility; "
                        + "use a positive value such as 0.1 V");
            }
        } else {
            lSigma = positive(m, "mobility", s);
        }
        double delta = require(m, "anisotropy_strength", s);
        double omega = require(m, "anisotropy_mode", s);
        if (delta < 0 || delta >= 1) {
            throw error(s, "anisotropy_strength", "the anisotropy strength must lie in [0, 1), got %g", delta);
        }
        PhaseFieldMaterial mat = new PhaseFieldMaterial(lSigma, lEta, w, kappa, delta, omega,
                require(m, "anisotropy_angle", s), alpha, n, require(m, "equilibrium_potential", s),
                nonNegative(m, "metal_diffusivity", s), positive(m, "electrolyte_diffusivity", s),
                positive(m, "metal_conductivity", s), nonNegative(m, "electrolyte_conductivity", s),
                nonNegative(m, "electronic_conductivity", s), cs);
        if (mat.electrolyteSideConductivity() <= 0) {
            throw error(s, "electrolyte_conductivity", "the electrolyte side needs a positive ionic or electronic "
                    + "conductivity");
        }
        if (delta > 0 && !mat.gradientEnergy(1).isConvex()) {
            throw error(s, "anisotropy_strength", "anisotropy %g with mode %g makes the gradient energy non-convex "
                    + "(missing orientations), which this model does not regularize; use a smaller strength", delta,
                    omega);
        }
        return mat;
    }

    private static boolean any(Map<String, Double> m, String[] keys) {
        for (String k : keys) {
            if (m.containsKey(k)) {
                return true;
            }
        }
        return false;
    }

    private static double require(Map<String, Double> m, String key, CaseSection s) {
        Double v = m.get(key);
        if (v == null) {
            throw error(s, key, "missing; give %s or a preset (%s)", key, String.join(", ", presets()));
        }
        return v;
    }

    private static double positive(Map<String, Double> m, String key, CaseSection s) {
        double v = require(m, key, s);
        if (!(v > 0)) {
            throw error(s, key, "must be positive, got %g", v);
        }
        return v;
    }

    private static double nonNegative(Map<String, Double> m, String key, CaseSection s) {
        double v = require(m, key, s);
        if (!(v >= 0)) {
            throw error(s, key, "must not be negative, got %g", v);
        }
        return v;
    }

    private static InputException error(CaseSection s, String key, String format, Object... args) {
        return s != null ? s.error(key, format, args) : InputException.of(key + ": " + format, args);
    }
}
