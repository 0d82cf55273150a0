package org.evaltrack.command.api;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.web.util.WebUtils;

/**
 * A body without a Content-Length (chunked) whose size is known only by reading it: read up to the
 * endpoint's limit once access is granted, and served from that buffer. Read before that (by a filter
 * or a handler nobody sized), it stops at {@link BodyLimits#JSON_COMMAND}.
 */
public final class BoundedBody extends HttpServletRequestWrapper {

    private byte[] buffered;

    public BoundedBody(HttpServletRequest request) {
        super(request);
    }

    /** @throws org.evaltrack.kernel.error.DomainException REQUEST_TOO_LARGE */
    public static void requireAtMost(HttpServletRequest request, long limit) {
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            BodyLimits.refuse(limit);
        }
        BoundedBody chunked = WebUtils.getNativeRequest(request, BoundedBody.class);
        if (declared < 0 && chunked != null) {
            chunked.buffer(limit);
        }
    }

    private void buffer(long limit) {
        if (buffered != null) {
            return;
        }
        try {
            byte[] read = super.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (read.length > limit) {
                BodyLimits.refuse(limit);
            }
            buffered = read;
        } catch (IOException unreadable) {
            buffered = new byte[0];
        }
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        InputStream source = buffered != null ? new ByteArrayInputStream(buffered) : super.getInputStream();
        long cap = buffered != null ? buffered.length : BodyLimits.JSON_COMMAND;
        return new Capped(source, cap);
    }

    @Override
    public BufferedReader getReader() throws IOException {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    /** Stops with an I/O failure past the cap instead of reading on without end. */
    private static final class Capped extends ServletInputStream {

        private final InputStream in;
        private final long cap;
        private long read;

        Capped(InputStream in, long cap) {
            this.in = in;
            this.cap = cap;
        }

        @Override
        public int read() throws IOException {
            int next = in.read();
            if (next >= 0) {
                count(1);
            }
            return next;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            int n = in.read(target, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > cap) {
                throw new IOException("request body beyond " + cap + " bytes");
            }
        }

        @Override
        public boolean isFinished() {
            try {
                return in.available() == 0;
            } catch (IOException e) {
                return true;
            }
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException("bodies are read blocking");
        }
    }
}
