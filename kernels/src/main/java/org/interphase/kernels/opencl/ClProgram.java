package org.interphase.kernels.opencl;

import static org.jocl.CL.CL_PROGRAM_BUILD_LOG;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.interphase.kernels.DeviceException;
import org.jocl.CL;
import org.jocl.CLException;
import org.jocl.Pointer;
import org.jocl.cl_device_id;
import org.jocl.cl_kernel;
import org.jocl.cl_program;

/**
 * A built OpenCL program and the kernels made from it. Sources are {@code .cl} resources beside this
 * class; compile-time constants come in as {@code -D} build options. A build failure becomes a
 * {@link DeviceException} (BUILD_FAILED) that carries the compiler's build log.
 */
final class ClProgram implements AutoCloseable {

    private final OpenClDevice device;
    private final String name;
    private final cl_program program;
    private final Map<String, ClKernel> kernels = new LinkedHashMap<>();
    private boolean closed;

    private ClProgram(OpenClDevice device, String name, cl_program program) {
        this.device = device;
        this.name = name;
        this.program = program;
    }

    /**
     * Compiles a program for the device.
     *
     * @param device  (Input) the device whose context and device id build it.
     * @param name    (Input) name for messages, e.g. the resource file name.
     * @param source  (Input) OpenCL C source.
     * @param options (Input) build options, e.g. "-D NODES=3".
     * @return the program; the caller closes it.
     * @throws DeviceException BUILD_FAILED with the build log.
     */
    static ClProgram build(OpenClDevice device, String name, String source, String options) {
        cl_program program = CL.clCreateProgramWithSource(device.context(), 1, new String[] {source}, null, null);
        try {
            CL.clBuildProgram(program, 1, new cl_device_id[] {device.id()}, options, null, null);
        } catch (CLException e) {
            String log = buildLog(device, program);
            CL.clReleaseProgram(program);
            throw new DeviceException(DeviceException.Reason.BUILD_FAILED, String.format(
                    "the OpenCL program %s (options '%s') did not build on %s (%s); build log:%n%s", name, options,
                    device.name(), CL.stringFor_errorCode(e.getStatus()), log), e);
        }
        return new ClProgram(device, name, program);
    }

    /** @return the text of a {@code .cl} resource beside this class. */
    static String resource(String fileName) {
        try (InputStream in = ClProgram.class.getResourceAsStream(fileName)) {
            if (in == null) {
                throw new IllegalStateException("OpenCL source " + fileName + " is missing from the kernels jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read OpenCL source " + fileName, e);
        }
    }

    /** @return the kernel of that name, created on first use. */
    ClKernel kernel(String kernelName) {
        if (closed) {
            throw new IllegalStateException("program " + name + " used after close");
        }
        return kernels.computeIfAbsent(kernelName, k -> {
            try {
                cl_kernel kernel = CL.clCreateKernel(program, k, null);
                return new ClKernel(device, k, kernel);
            } catch (CLException e) {
                throw new IllegalStateException("program " + name + " has no kernel " + k + " ("
                        + CL.stringFor_errorCode(e.getStatus()) + ")", e);
            }
        });
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (ClKernel k : kernels.values()) {
            k.release();
        }
        kernels.clear();
        CL.clReleaseProgram(program);
    }

    private static String buildLog(OpenClDevice device, cl_program program) {
        try {
            long[] size = new long[1];
            CL.clGetProgramBuildInfo(program, device.id(), CL_PROGRAM_BUILD_LOG, 0, null, size);
            byte[] buffer = new byte[(int) size[0]];
            CL.clGetProgramBuildInfo(program, device.id(), CL_PROGRAM_BUILD_LOG, buffer.length, Pointer.to(buffer),
                    null);
            int n = buffer.length;
            while (n > 0 && buffer[n - 1] == 0) {
                n--;
            }
            return new String(buffer, 0, n, StandardCharsets.UTF_8).strip();
        } catch (CLException e) {
            return "(no build log: " + CL.stringFor_errorCode(e.getStatus()) + ")";
        }
    }
}
