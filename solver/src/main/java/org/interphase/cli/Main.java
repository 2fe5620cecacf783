package org.interphase.cli;

import java.io.PrintWriter;
import java.util.ServiceLoader;
import org.interphase.core.InputException;
import org.interphase.core.SolverException;
import org.interphase.core.Version;
import org.interphase.kernels.DeviceException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code interphase} command line. Exit status: 0 success, 1 validation checks failed, 2 bad input
 * (case file, mesh, options), 3 numerical failure (solver divergence, NaN), 4 internal error.
 */
@Command(name = "interphase", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Finite-element multiphysics for Na and Li metal anode interfaces: elasticity, cohesive-zone "
                + "SEI delamination and phase-field electrodeposition.",
        subcommands = {RunCommand.class, MeshCommand.class, DevicesCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Exit status of a run whose validation checks failed. */
    public static final int CHECKS_FAILED = 1;
    /** Exit status for bad input. */
    public static final int BAD_INPUT = 2;
    /** Exit status for numerical failure. */
    public static final int SOLVER_FAILED = 3;
    /** Exit status for an internal error. */
    public static final int INTERNAL = 4;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Supplies the version line. */
    public static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"interphase " + Version.get() + " (Java " + System.getProperty("java.version") + ")"};
        }
    }

    /** Builds the command line with the sub-commands other modules provide (validate, sweep, ...). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        for (CommandProvider p : ServiceLoader.load(CommandProvider.class)) {
            cl.addSubcommand(p.name(), p.command());
        }
        cl.setExecutionExceptionHandler(Main::handle);
        return cl;
    }

    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (e instanceof InputException) {
            err.println("error: " + e.getMessage());
            err.flush();
            return BAD_INPUT;
        }
        if (e instanceof DeviceException) {
            DeviceException de = (DeviceException) e;
            boolean user = de.reason() == DeviceException.Reason.BAD_SPEC || de.reason() == DeviceException.Reason.NO_OPENCL
                    || de.reason() == DeviceException.Reason.NO_FP64;
            err.println((user ? "error: " : "device failure: ") + e.getMessage());
            err.flush();
            return user ? BAD_INPUT : SOLVER_FAILED;
        }
        if (e instanceof SolverException) {
            err.println("solver failure: " + e.getMessage());
            err.flush();
            return SOLVER_FAILED;
        }
        err.println("internal error: " + e);
        e.printStackTrace(err);
        err.println("This is a bug in Interphase; please report it with the case file and the command line.");
        err.flush();
        return INTERNAL;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
