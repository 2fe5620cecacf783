package org.interphase.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeterminismTest {

    @ParameterizedTest
    @CsvSource({"cg,amg", "gmres,ilu0", "bicgstab,jacobi", "direct,none"})
    void twoSolvesGiveBitIdenticalSolutions(String method, String pc) {
        ModelProblems.Problem p = ModelProblems.elasticityP1(50, 50);
        double[][] x = new double[2][];
        for (int run = 0; run < 2; run++) {
            SolverOptions o = new SolverOptions();
            o.method = method;
            o.preconditioner = pc;
            o.rtol = 1e-8;
            o.maxIterations = 20000;
            o.blockSize = 2;
            o.nearNullSpace = p.nearNullSpace();
            x[run] = new double[p.rhs().length];
            LinearSolvers.create(o).solve(p.matrix(), p.rhs(), x[run]);
        }
        assertArrayEquals(x[0], x[1], 0.0);
    }
}
