package org.interphase.kernels;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts host-to-device uploads and device-to-host downloads (number of transfers and bytes), so a
 * test can assert that an algorithm keeps its vectors on the device. Kernel arguments passed by value
 * are not transfers. The CPU device never transfers, so its counter stays at zero.
 */
public final class TransferCounter {

    /** The counts at one moment. */
    public record Snapshot(long uploads, long uploadBytes, long downloads, long downloadBytes) {

        /** @return this minus an earlier snapshot: what was moved in between. */
        public Snapshot minus(Snapshot earlier) {
            return new Snapshot(uploads - earlier.uploads, uploadBytes - earlier.uploadBytes,
                    downloads - earlier.downloads, downloadBytes - earlier.downloadBytes);
        }
    }

    private final AtomicLong uploads = new AtomicLong();
    private final AtomicLong uploadBytes = new AtomicLong();
    private final AtomicLong downloads = new AtomicLong();
    private final AtomicLong downloadBytes = new AtomicLong();

    /** Records one host-to-device transfer of {@code bytes} bytes. */
    public void upload(long bytes) {
        uploads.incrementAndGet();
        uploadBytes.addAndGet(bytes);
    }

    /** Records one device-to-host transfer of {@code bytes} bytes. */
    public void download(long bytes) {
        downloads.incrementAndGet();
        downloadBytes.addAndGet(bytes);
    }

    /** @return the current counts. */
    public Snapshot snapshot() {
        return new Snapshot(uploads.get(), uploadBytes.get(), downloads.get(), downloadBytes.get());
    }

    /** Sets every count to zero. */
    public void reset() {
        uploads.set(0);
        uploadBytes.set(0);
        downloads.set(0);
        downloadBytes.set(0);
    }
}
