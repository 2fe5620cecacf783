package org.interphase.kernels.opencl;

import static org.jocl.CL.CL_DEVICE_EXTENSIONS;
import static org.jocl.CL.CL_DEVICE_GLOBAL_MEM_SIZE;
import static org.jocl.CL.CL_DEVICE_LOCAL_MEM_SIZE;
import static org.jocl.CL.CL_DEVICE_MAX_COMPUTE_UNITS;
import static org.jocl.CL.CL_DEVICE_MAX_MEM_ALLOC_SIZE;
import static org.jocl.CL.CL_DEVICE_MAX_WORK_GROUP_SIZE;
import static org.jocl.CL.CL_DEVICE_NAME;
import static org.jocl.CL.CL_DEVICE_OPENCL_C_VERSION;
import static org.jocl.CL.CL_DEVICE_TYPE;
import static org.jocl.CL.CL_DEVICE_TYPE_ACCELERATOR;
import static org.jocl.CL.CL_DEVICE_TYPE_ALL;
import static org.jocl.CL.CL_DEVICE_TYPE_CPU;
import static org.jocl.CL.CL_DEVICE_TYPE_GPU;
import static org.jocl.CL.CL_DEVICE_VENDOR;
import static org.jocl.CL.CL_DEVICE_VERSION;
import static org.jocl.CL.CL_PLATFORM_NAME;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.interphase.kernels.DeviceException;
import org.interphase.kernels.DeviceInfo;
import org.jocl.CL;
import org.jocl.CLException;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_device_id;
import org.jocl.cl_platform_id;

/**
 * Finds the OpenCL platforms and devices of this machine through JOCL and describes them. Every
 * failure to reach OpenCL at all (JOCL cannot load libOpenCL.so, no ICD, zero platforms) becomes a
 * {@link DeviceException} with reason NO_OPENCL and a message that says what to install.
 */
public final class OpenClPlatforms {

    /** What to install, appended to every NO_OPENCL message. */
    public static final String INSTALL_HINT = "install an OpenCL driver: on Debian/Ubuntu "
            + "'apt-get install pocl-opencl-icd ocl-icd-opencl-dev' (CPU OpenCL), or your GPU vendor's driver";

    private OpenClPlatforms() {
    }

    /**
     * @return every device of every platform, in platform then device order.
     * @throws DeviceException NO_OPENCL when OpenCL cannot be reached.
     */
    public static List<DeviceInfo> list() {
        List<DeviceInfo> out = new ArrayList<>();
        cl_platform_id[] platforms = platforms();
        for (int p = 0; p < platforms.length; p++) {
            cl_device_id[] devices = devices(platforms[p]);
            for (int d = 0; d < devices.length; d++) {
                out.add(describe(platforms[p], p, devices[d], d));
            }
        }
        return out;
    }

    /**
     * @return the platforms, at least one.
     * @throws DeviceException NO_OPENCL when OpenCL cannot be reached or has no platform.
     */
    static cl_platform_id[] platforms() {
        int[] count = new int[1];
        try {
            CL.setExceptionsEnabled(true);
            CL.clGetPlatformIDs(0, null, count);
        } catch (LinkageError e) {
            throw new DeviceException(DeviceException.Reason.NO_OPENCL,
                    "JOCL cannot load the OpenCL library libOpenCL.so (" + e.getMessage() + "); " + INSTALL_HINT, e);
        } catch (CLException e) {
            throw new DeviceException(DeviceException.Reason.NO_OPENCL, "no OpenCL platform is installed (the ICD "
                    + "loader reports " + CL.stringFor_errorCode(e.getStatus()) + "); " + INSTALL_HINT, e);
        }
        if (count[0] == 0) {
            throw new DeviceException(DeviceException.Reason.NO_OPENCL,
                    "no OpenCL platform is installed (zero platforms); " + INSTALL_HINT);
        }
        cl_platform_id[] platforms = new cl_platform_id[count[0]];
        CL.clGetPlatformIDs(count[0], platforms, null);
        return platforms;
    }

    /** @return the devices of a platform (possibly none). */
    static cl_device_id[] devices(cl_platform_id platform) {
        int[] count = new int[1];
        try {
            CL.clGetDeviceIDs(platform, CL_DEVICE_TYPE_ALL, 0, null, count);
        } catch (CLException e) {
            return new cl_device_id[0];
        }
        cl_device_id[] devices = new cl_device_id[count[0]];
        CL.clGetDeviceIDs(platform, CL_DEVICE_TYPE_ALL, count[0], devices, null);
        return devices;
    }

    /** @return the description of one device. */
    static DeviceInfo describe(cl_platform_id platform, int p, cl_device_id device, int d) {
        String extensions = " " + deviceString(device, CL_DEVICE_EXTENSIONS) + " ";
        long type = deviceLong(device, CL_DEVICE_TYPE);
        String typeName = (type & CL_DEVICE_TYPE_GPU) != 0 ? "GPU"
                : (type & CL_DEVICE_TYPE_ACCELERATOR) != 0 ? "ACCELERATOR"
                : (type & CL_DEVICE_TYPE_CPU) != 0 ? "CPU" : "OTHER";
        return new DeviceInfo(p, d, platformString(platform, CL_PLATFORM_NAME), deviceString(device, CL_DEVICE_NAME),
                deviceString(device, CL_DEVICE_VENDOR), deviceString(device, CL_DEVICE_VERSION),
                deviceString(device, CL_DEVICE_OPENCL_C_VERSION), typeName, hasFp64(extensions),
                extensions.contains(" cl_khr_int64_base_atomics "), deviceLong(device, CL_DEVICE_GLOBAL_MEM_SIZE),
                deviceLong(device, CL_DEVICE_MAX_MEM_ALLOC_SIZE), deviceLong(device, CL_DEVICE_LOCAL_MEM_SIZE),
                deviceInt(device, CL_DEVICE_MAX_COMPUTE_UNITS), deviceSize(device, CL_DEVICE_MAX_WORK_GROUP_SIZE));
    }

    /**
     * @param extensions (Input) the device extension string.
     * @return whether it lists cl_khr_fp64, the OpenCL 1.2 mark of double precision.
     */
    static boolean hasFp64(String extensions) {
        return (" " + extensions + " ").contains(" cl_khr_fp64 ");
    }

    static String platformString(cl_platform_id platform, int param) {
        long[] size = new long[1];
        CL.clGetPlatformInfo(platform, param, 0, null, size);
        byte[] buffer = new byte[(int) size[0]];
        CL.clGetPlatformInfo(platform, param, buffer.length, Pointer.to(buffer), null);
        return cString(buffer);
    }

    static String deviceString(cl_device_id device, int param) {
        long[] size = new long[1];
        CL.clGetDeviceInfo(device, param, 0, null, size);
        byte[] buffer = new byte[(int) size[0]];
        CL.clGetDeviceInfo(device, param, buffer.length, Pointer.to(buffer), null);
        return cString(buffer);
    }

    /** Reads a cl_ulong or cl_bitfield property. */
    static long deviceLong(cl_device_id device, int param) {
        long[] v = new long[1];
        CL.clGetDeviceInfo(device, param, Sizeof.cl_ulong, Pointer.to(v), null);
        return v[0];
    }

    /** Reads a cl_uint property. */
    static int deviceInt(cl_device_id device, int param) {
        int[] v = new int[1];
        CL.clGetDeviceInfo(device, param, Sizeof.cl_uint, Pointer.to(v), null);
        return v[0];
    }

    /** Reads a size_t property. */
    static long deviceSize(cl_device_id device, int param) {
        long[] v = new long[1];
        CL.clGetDeviceInfo(device, param, Sizeof.size_t, Pointer.to(v), null);
        return v[0];
    }

    private static String cString(byte[] buffer) {
        int n = 0;
        while (n < buffer.length && buffer[n] != 0) {
            n++;
        }
        return new String(buffer, 0, n, StandardCharsets.UTF_8).trim();
    }
}
