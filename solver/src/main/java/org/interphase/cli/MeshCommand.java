package org.interphase.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.interphase.io.gmsh.GmshReader;
import org.interphase.mesh.Mesh;
import org.interphase.mesh.MeshSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code interphase mesh info FILE.msh}. */
@Command(name = "mesh", mixinStandardHelpOptions = true, description = "Mesh tools.",
        subcommands = {MeshCommand.Info.class})
final class MeshCommand implements Runnable {

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Prints regions, boundaries, counts and a quality summary. */
    @Command(name = "info", mixinStandardHelpOptions = true,
            description = "Read a Gmsh mesh (MSH 4.1 ASCII/binary or 2.2 ASCII), check it, and print its regions, "
                    + "boundaries, element counts and quality.")
    static final class Info implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE.msh", description = "The mesh file.")
        private Path file;

        @Override
        public Integer call() {
            Mesh m = GmshReader.read(file);
            for (String line : MeshSummary.of(m).lines()) {
                System.out.println(line);
            }
            return 0;
        }
    }
}
