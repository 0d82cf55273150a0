package org.evaltrack.command.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.evidence.BlobLayout;
import org.evaltrack.kernel.error.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Blobs as files named by their SHA-256, laid out as {@link BlobLayout} says (the query side reads the same
 * directory by the same rule).
 *
 * <p>Bytes go to a temp file in the store's own root (same file system, so the final rename is atomic),
 * are forced to disk, and only then renamed to their hash. A reader therefore sees a blob whole or not
 * at all, even after a crash. Temp files start with {@value #TEMP_PREFIX}; a crash may leave one behind,
 * never a half-written blob.
 *
 * <p>An upload of bytes already stored re-hashes the stored file: if it no longer matches its name (changed
 * on disk), the upload's bytes replace it the same way (temp, force, rename) and the repair is logged at
 * WARN and handed to the {@link BlobRepairLog}; one that matches gets a new modification time, which tells
 * {@link BlobSweep} the blob is in use again.
 */
public class FileSystemBlobStore implements BlobStore {

    static final String TEMP_PREFIX = ".incoming-";
    private static final String TEMP_SUFFIX = ".tmp";

    private static final Logger log = LoggerFactory.getLogger(FileSystemBlobStore.class);

    private final Path root;
    private final BlobRepairLog repairs;

    public FileSystemBlobStore(Path root) {
        this(root, BlobRepairLog.NONE);
    }

    public FileSystemBlobStore(Path root, BlobRepairLog repairs) {
        this.repairs = repairs;
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create blob directory " + this.root, e);
        }
    }

    public Path root() {
        return root;
    }

    @Override
    public StoredBlob put(InputStream content, String expectedSha256) {
        Path temp = null;
        try {
            temp = Files.createTempFile(root, TEMP_PREFIX, TEMP_SUFFIX);
            MessageDigest digest = ContentAddress.newDigest();
            long size = writeAndForce(new DigestInputStream(content, digest), temp);
            if (size == 0) {
                throw new DomainException(ErrorCode.VALIDATION_FAILED, "the file is empty", List.of("file"));
            }
            String sha256 = ContentAddress.hex(digest.digest());
            if (expectedSha256 != null && !expectedSha256.equals(sha256)) {
                // the temp file goes in finally: bytes the client did not mean to send never get an address
                throw new DomainException(ErrorCode.EVIDENCE_HASH_MISMATCH,
                        "the client's SHA-256 " + expectedSha256 + " is not the hash of the received bytes " + sha256,
                        List.of(expectedSha256, sha256));
            }
            Path target = pathOf(sha256);
            Files.createDirectories(target.getParent());
            String found = Files.exists(target) ? hashOfStored(target) : null;
            boolean intact = sha256.equals(found);
            if (intact && touch(target)) {
                // stored already; the new time restarts the sweep's grace period before the command commits
                return new StoredBlob(sha256, size);
            }
            if (intact || (found == null && !Files.exists(target))) {
                // new, or swept away just now (BlobSweep): either way these bytes become the blob
                moveIntoPlace(temp, target);
                temp = null;
                forceDirectory(target.getParent());
            } else {
                replaceCorrupted(temp, target);
                temp = null;
                log.warn("Evidence blob {} no longer matched its hash (found {}); replaced by an upload of the same "
                        + "bytes ({} bytes)", sha256, found == null ? "unreadable" : found, size);
                repairs.repaired(sha256, found, size);
            }
            return new StoredBlob(sha256, size);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store blob under " + root, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    @Override
    public boolean exists(String sha256) {
        return ContentAddress.isValid(sha256) && Files.isRegularFile(pathOf(sha256));
    }

    @Override
    public InputStream open(String sha256) {
        if (!ContentAddress.isValid(sha256)) {
            throw notFound(sha256);
        }
        try {
            return Files.newInputStream(pathOf(sha256), StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw notFound(sha256);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read blob " + sha256, e);
        }
    }

    /** Only ever called with a validated hash, so the result cannot leave the root. */
    Path pathOf(String sha256) {
        return BlobLayout.pathOf(root, sha256);
    }

    private static long writeAndForce(InputStream in, Path temp) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
             OutputStream out = Channels.newOutputStream(channel)) {
            long size = in.transferTo(out);
            out.flush();
            channel.force(true);
            return size;
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            // a concurrent upload of the same bytes won the race; its file is identical to ours
            deleteQuietly(temp);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("blob directory must allow atomic renames within itself: " + temp.getParent(), e);
        }
    }

    /**
     * Marks a stored blob as just uploaded, so a sweep that already judged it old and unreferenced puts it
     * back (BlobSweep reads the time again after moving it aside). False when the file has just gone.
     */
    private static boolean touch(Path stored) {
        try {
            Files.setLastModifiedTime(stored, FileTime.from(Instant.now()));
        } catch (NoSuchFileException gone) {
            return false;
        } catch (IOException e) {
            // the bytes are there and intact: the upload goes on, only the sweep's grace period is not renewed
            log.warn("Evidence blob {} could not be marked as uploaded again: {}", stored.getFileName(), e.toString());
        }
        return true;
    }

    /** The SHA-256 of a stored file as it is now; null when it cannot be read (then it is replaced too). */
    private static String hashOfStored(Path stored) {
        MessageDigest digest = ContentAddress.newDigest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(stored), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            return null;
        }
        return ContentAddress.hex(digest.digest());
    }

    /** rename(2) over the damaged file: a reader has the old file open or the new one, never a mix. */
    private static void replaceCorrupted(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("blob directory must allow atomic renames within itself: " + temp.getParent(), e);
        }
        forceDirectory(target.getParent());
    }

    /** Makes the rename itself durable. Not every platform can open a directory; there the rename is as durable as the OS makes it. */
    private static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort only
        }
    }

    private static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // an orphaned temp file is harmless: its name can never be taken for a blob
        }
    }

    private static DomainException notFound(String sha256) {
        return new DomainException(ErrorCode.EVIDENCE_NOT_FOUND, "no stored blob " + sha256, List.of(String.valueOf(sha256)));
    }
}
