package org.evaltrack.query.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.evaltrack.kernel.evidence.BlobLayout;

/**
 * Reads evidence bytes from the blob directory the command side writes ({@code evaltrack.blobs.dir}, laid out
 * by {@link BlobLayout}); never writes, so the directory may be mounted read-only here.
 *
 * <p>A file is opened once, hashed to the end, and only then handed out from the start of the same open
 * channel: a file replaced (renamed over) after the check cannot slip other bytes into the answer.
 */
class EvidenceBlobReader {

    private final Path root;

    EvidenceBlobReader(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    /** The file checked against {@code expectedSha256}; the caller closes it. */
    CheckedBlob open(String expectedSha256) {
        if (!BlobLayout.isSha256(expectedSha256)) {
            return CheckedBlob.missing();
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(BlobLayout.pathOf(root, expectedSha256), StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            return CheckedBlob.missing();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open blob " + expectedSha256, e);
        }
        try {
            String found = sha256(channel);
            if (!found.equals(expectedSha256)) {
                channel.close();
                return CheckedBlob.corrupted(found);
            }
            channel.position(0);
            return CheckedBlob.intact(channel);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot read blob " + expectedSha256, e);
        }
    }

    private static String sha256(FileChannel channel) throws IOException {
        MessageDigest digest = newDigest();
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        while (channel.read(buffer) >= 0) {
            buffer.flip();
            digest.update(buffer);
            buffer.clear();
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // every Java platform must provide SHA-256
            throw new IllegalStateException(e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing was served from it
        }
    }

    /** The outcome of a check: intact (with its open content), missing, or corrupted (with the hash found). */
    record CheckedBlob(FileChannel channel, boolean fileMissing, String foundSha256) {

        static CheckedBlob intact(FileChannel channel) {
            return new CheckedBlob(channel, false, null);
        }

        static CheckedBlob missing() {
            return new CheckedBlob(null, true, null);
        }

        static CheckedBlob corrupted(String foundSha256) {
            return new CheckedBlob(null, false, foundSha256);
        }

        boolean isIntact() {
            return channel != null;
        }

        /** The verified bytes from their start; closing it closes the file. */
        InputStream content() {
            return Channels.newInputStream(channel);
        }
    }
}
