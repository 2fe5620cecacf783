package org.interphase.cli;

/**
 * A sub-command contributed by another module through {@link java.util.ServiceLoader} (the validation
 * module contributes {@code validate}), so the CLI needs no compile-time dependency on it.
 */
public interface CommandProvider {

    /** @return the sub-command name. */
    String name();

    /** @return a picocli command object (annotated with {@code @Command}). */
    Object command();
}
