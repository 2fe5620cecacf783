package org.interphase.kernels;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * PoCL replaces the JVM's SIGSEGV handler with LLVM's crash handler when it lists its devices, and HotSpot takes
 * that signal at safepoints: a JVM that opened the OpenCL device then dies at a later garbage collection (seen in
 * {@code interphase bench}; {@code -Xcheck:jni} reports "SIGSEGV handler modified!"). The launcher and the test
 * JVMs (the root pom's jvm-signal-chaining profile) preload the JDK's libjsig.so, which chains the handlers. This
 * test keeps that configuration from being lost where OpenCL tests run on Linux.
 */
class SignalChainingTest {

    @Test
    void testJvmsPreloadTheSignalChainingLibrary() {
        Path jsig = Path.of(System.getProperty("java.home"), "lib", "libjsig.so");
        Assumptions.assumeTrue(Files.exists(jsig), "no libjsig.so in this JDK (not Linux): nothing to chain");
        Assumptions.assumeTrue(RequireOpenCl.required() || Devices.openClProblem().isEmpty(),
                "no OpenCL platform: no native signal handlers to chain");
        String preload = System.getenv("LD_PRELOAD");
        assertTrue(preload != null && preload.contains(jsig.toString()), "LD_PRELOAD must name " + jsig
                + " for JVMs that load OpenCL, got " + preload);
    }
}
