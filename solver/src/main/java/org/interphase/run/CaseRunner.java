package org.interphase.run;

import org.interphase.input.CaseSection;

/** Reads a case file's keys for one physics (the value of its {@code physics:} key) into a {@link Job}. */
public interface CaseRunner {

    /** @return the {@code physics:} value this runner handles. */
    String physics();

    /** @return one line for help texts. */
    String description();

    /**
     * Reads the configuration. Must read every key it supports and do no heavy work (no mesh loading).
     *
     * @param root (Input) the case file's root section.
     */
    Job<?> configure(CaseSection root);
}
