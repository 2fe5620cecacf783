package org.interphase.nonlinear;

/**
 * Newton-Raphson settings.
 *
 * <ul>
 * <li>rtol: converged when ||r|| <= rtol * max(||r_0||, residualScale) (default 1e-8)</li>
 * <li>atol: or when ||r|| <= atol (default 1e-12)</li>
 * <li>stepTol: or when ||du|| <= stepTol ||u|| after at least one iteration (default 1e-12)</li>
 * <li>maxIterations (default 25)</li>
 * <li>minIterations: corrections taken before any convergence test passes (default 0); 1 makes every
 *     solve correct its initial iterate once, so a predictor whose residual already sits at round-off
 *     level is still improved (stiff bodies on soft interfaces, where the round-off floor of ||r|| is as
 *     large as the interface forces)</li>
 * <li>lineSearch: backtracking on ||r|| with Armijo factor 1e-4, halving up to maxBacktracks times (default on, 8)</li>
 * <li>divergence: the solve stops unconverged when ||r|| exceeds divergence * ||r_0|| or is not finite (1e8)</li>
 * </ul>
 */
public final class NewtonOptions {
    public double rtol = 1e-8;
    public double atol = 1e-12;
    public double stepTol = 1e-12;
    public int maxIterations = 25;
    public int minIterations = 0;
    public boolean lineSearch = true;
    public int maxBacktracks = 8;
    public double divergence = 1e8;

    public NewtonOptions copy() {
        NewtonOptions o = new NewtonOptions();
        o.rtol = rtol;
        o.atol = atol;
        o.stepTol = stepTol;
        o.maxIterations = maxIterations;
        o.minIterations = minIterations;
        o.lineSearch = lineSearch;
        o.maxBacktracks = maxBacktracks;
        o.divergence = divergence;
        return o;
    }
}
