package org.interphase.kernels;

/**
 * Opens a device in a fresh JVM and prints the outcome on one line, so {@link DevicesTest} can run it
 * with an environment that hides OpenCL (a test helper, not library code).
 */
public final class DevicesProbe {

    private DevicesProbe() {
    }

    /** @param args the device string, or none for the default. */
    public static void main(String[] args) {
        try {
            OpenedDevice o = Devices.open(args.length > 0 ? args[0] : null);
            System.out.println("device=" + o.device().name() + " notice=" + o.notice().orElse("none"));
            o.device().close();
        } catch (DeviceException e) {
            System.out.println("error=" + e.reason() + " message=" + e.getMessage());
        }
    }
}
