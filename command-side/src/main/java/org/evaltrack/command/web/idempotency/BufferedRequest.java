package org.evaltrack.command.web.idempotency;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

/**
 * A request whose body has been read once for its fingerprint and can be read again by the
 * controller. A multipart body is parsed by the container (which reads the raw stream itself and
 * cannot be handed a copy), so its fingerprint covers each part's name, file name, type and bytes
 * in a fixed order instead of the raw bytes: a retry that sends other boundary strings still matches.
 */
record BufferedRequest(HttpServletRequest request, byte[] body) {

    /**
     * Null when a multipart body cannot be parsed (too large, malformed) or another body is larger than
     * {@code limit}: read no further than that, the chain refuses it with 413.
     */
    static BufferedRequest of(HttpServletRequest request, long limit) throws IOException {
        String type = request.getContentType();
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            return multipart(request);
        }
        if (request.getContentLengthLong() > limit) {
            return null;
        }
        byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        // over the limit, the replay's Content-Length (limit + 1) gets the chain's 413
        return new BufferedRequest(new Replaying(request, body), body.length > limit ? null : body);
    }

    boolean tooLarge() {
        return body == null;
    }

    private static BufferedRequest multipart(HttpServletRequest request) throws IOException {
        List<Part> parts;
        try {
            parts = List.copyOf(request.getParts());
        } catch (ServletException | IllegalStateException | IOException unreadable) {
            return null;
        }
        ByteArrayOutputStream canonical = new ByteArrayOutputStream();
        List<Part> ordered = parts.stream()
                .sorted(Comparator.comparing(Part::getName).thenComparing(part -> String.valueOf(part.getSubmittedFileName())))
                .toList();
        for (Part part : ordered) {
            field(canonical, part.getName());
            field(canonical, String.valueOf(part.getSubmittedFileName()));
            field(canonical, String.valueOf(part.getContentType()));
            try (InputStream in = part.getInputStream()) {
                field(canonical, in.readAllBytes());
            }
        }
        return new BufferedRequest(request, canonical.toByteArray());
    }

    private static void field(ByteArrayOutputStream out, String text) {
        field(out, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void field(ByteArrayOutputStream out, byte[] bytes) {
        out.writeBytes((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(bytes);
    }

    /** Serves the buffered bytes to whoever reads the body after the filter. */
    private static final class Replaying extends HttpServletRequestWrapper {

        private final byte[] body;

        Replaying(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already buffered");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
