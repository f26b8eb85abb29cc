package org.symbiose.engine.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decodes UTF-8, dropping a byte-order mark, and refuses anything else by name: a UTF-16 byte-order mark,
 * or bytes that are not UTF-8 (a Windows-1252 or Latin-1 file). Guessing another encoding could silently
 * change letters, so the user is asked to save the file as UTF-8 instead.
 *
 * <p>The characters before a bad byte are handed out first and the error comes on the next read, so that
 * the reader of the text knows on which line the bad byte is.
 */
final class StrictUtf8Reader extends Reader {

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 14);
    private boolean started;
    private boolean eof;
    private boolean flushed;
    private DatasetReadException pending;

    StrictUtf8Reader(InputStream in) {
        this.in = in;
        bytes.flip();
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length < 2) {
            throw new IllegalArgumentException("read at least two characters at a time (a surrogate pair)");
        }
        if (pending != null) {
            throw pending;
        }
        if (flushed) {
            return -1;
        }
        if (!started) {
            start();
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (out.position() == offset) {
            CoderResult result = decoder.decode(bytes, out, eof);
            if (result.isError()) {
                pending = notUtf8(bytes.get(bytes.position()));
                if (out.position() == offset) {
                    throw pending;
                }
                break;
            }
            if (result.isOverflow()) {
                break;
            }
            if (eof) {
                if (!flushed) {
                    flushed = true;
                    decoder.flush(out);
                }
                break;
            }
            fill();
        }
        int read = out.position() - offset;
        return read == 0 && eof ? -1 : read;
    }

    /** Reads the first bytes: a UTF-8 byte-order mark is dropped, a UTF-16 one refused. */
    private void start() throws IOException {
        started = true;
        while (!eof && bytes.remaining() < 3) {
            fill();
        }
        if (bytes.remaining() >= 2) {
            int first = bytes.get(0) & 0xFF;
            int second = bytes.get(1) & 0xFF;
            if ((first == 0xFF && second == 0xFE) || (first == 0xFE && second == 0xFF)) {
                throw new DatasetReadException("utf-16");
            }
        }
        if (bytes.remaining() >= 3
                && (bytes.get(0) & 0xFF) == 0xEF
                && (bytes.get(1) & 0xFF) == 0xBB
                && (bytes.get(2) & 0xFF) == 0xBF) {
            bytes.position(3);
        }
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    private static DatasetReadException notUtf8(byte bad) {
        return new DatasetReadException("not-utf8", String.format(Locale.ROOT, "0x%02X", bad & 0xFF));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
