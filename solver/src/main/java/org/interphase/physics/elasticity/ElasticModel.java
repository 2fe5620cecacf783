package org.interphase.physics.elasticity;

import java.util.Locale;
import org.interphase.core.InputException;

/** Kinematic assumption of a linear-elastic problem. */
public enum ElasticModel {
    /** 2D, eps_zz = 0 (sigma_zz follows from the constitutive law). The default in 2D. */
    PLANE_STRAIN,
    /** 2D, sigma_zz = 0. */
    PLANE_STRESS,
    /** 3D. */
    SOLID;

    /** @return the model named in a case file: plane_strain, plane_stress or 3d. */
    public static ElasticModel parse(String s) {
        switch (s.toLowerCase(Locale.ROOT)) {
            case "plane_strain": return PLANE_STRAIN;
            case "plane_stress": return PLANE_STRESS;
            case "3d":
            case "solid": return SOLID;
            default: throw InputException.of("unknown elastic model '%s': use plane_strain, plane_stress or 3d", s);
        }
    }

    /** @return the spatial dimension this model works in. */
    public int dim() {
        return this == SOLID ? 3 : 2;
    }

    /** @return the case-file spelling. */
    public String key() {
        return this == SOLID ? "3d" : name().toLowerCase(Locale.ROOT);
    }
}
