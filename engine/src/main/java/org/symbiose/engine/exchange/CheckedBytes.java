package org.symbiose.engine.exchange;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;

/**
 * The bytes of one file as they are read: counted (for progress), refused past a size limit whatever size
 * the file or archive declares, and, for a zip entry, checked at the end against the CRC and size the
 * archive states, so that a corrupt archive cannot pass for a smaller or different file.
 */
final class CheckedBytes extends FilterInputStream {

    private final String file;
    private final long limit;
    private final long expectedCrc;
    private final long expectedSize;
    private final CRC32 crc = new CRC32();
    private long count;

    /**
     * @param expectedCrc -1 when not to be checked
     * @param expectedSize -1 when not to be checked
     */
    CheckedBytes(InputStream in, String file, long limit, long expectedCrc, long expectedSize) {
        super(in);
        this.file = file;
        this.limit = limit;
        this.expectedCrc = expectedCrc;
        this.expectedSize = expectedSize;
    }

    long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n;
        try {
            n = super.read(buffer, offset, length);
        } catch (DatasetReadException e) {
            throw e;
        } catch (IOException e) {
            if (expectedCrc < 0) {
                throw e;
            }
            throw new DatasetReadException("corrupt-archive", String.valueOf(e.getMessage()));
        }
        if (n > 0) {
            count += n;
            if (count > limit) {
                throw new DatasetReadException("file-too-large", file, limit / (1024 * 1024));
            }
            if (expectedCrc >= 0) {
                crc.update(buffer, offset, n);
            }
        } else if (n < 0) {
            checkEnd();
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skipping is not supported");
    }

    private void checkEnd() throws DatasetReadException {
        if ((expectedSize >= 0 && count != expectedSize) || (expectedCrc >= 0 && crc.getValue() != expectedCrc)) {
            throw new DatasetReadException("checksum-mismatch", file);
        }
    }
}
