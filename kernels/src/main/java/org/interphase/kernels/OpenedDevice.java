package org.interphase.kernels;

import java.util.Optional;

/**
 * A device chosen by {@link Devices#open(String)}, with a notice for the user when the choice was not
 * the one asked for (e.g. the fallback to cpu). Library code does not print: the CLI prints the notice.
 *
 * @param device the device; the caller closes it.
 * @param notice what to tell the user, if anything.
 */
public record OpenedDevice(Device device, Optional<String> notice) {
}
