package org.interphase.kernels;

import java.util.Locale;

/**
 * A compute device could not be opened or could not do what was asked: no OpenCL platform, no fp64,
 * a kernel that does not build, an allocation the device cannot hold, a bad device string. The
 * message is a full sentence that says what failed and what to do; {@link #reason()} classifies it.
 */
public class DeviceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What kind of failure this is. */
    public enum Reason {
        /** The device string is malformed or names a platform/device that does not exist (a user error). */
        BAD_SPEC,
        /** No OpenCL: JOCL cannot load libOpenCL.so, no ICD is installed, or there are zero platforms. */
        NO_OPENCL,
        /** The device has no double precision (cl_khr_fp64). */
        NO_FP64,
        /** An OpenCL program did not compile; the message carries the build log. */
        BUILD_FAILED,
        /** The device cannot hold a requested buffer. */
        ALLOCATION_FAILED,
        /** The device lacks an optional feature the operation needs (e.g. 64-bit atomics). */
        UNSUPPORTED,
        /** Any other OpenCL error status. */
        CL_ERROR
    }

    private final Reason reason;

    public DeviceException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public DeviceException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** Formats with {@link String#format} in the root locale. */
    public static DeviceException of(Reason reason, String format, Object... args) {
        return new DeviceException(reason, String.format(Locale.ROOT, format, args));
    }

    /** @return the kind of failure. */
    public Reason reason() {
        return reason;
    }
}
