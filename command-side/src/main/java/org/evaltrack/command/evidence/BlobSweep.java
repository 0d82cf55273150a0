package org.evaltrack.command.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.evaltrack.kernel.evidence.BlobLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass over a blob directory, removing what nothing needs: blobs no event references and temp files a
 * crash left behind, each only when last modified before {@code cutoff}. Anything else (unknown names,
 * folders) is left alone.
 *
 * <p>An upload of bytes already stored touches the blob before its command commits
 * ({@link FileSystemBlobStore}), so a blob is first moved aside (same directory, atomic), then its time and
 * references are read again: a blob touched or referenced meanwhile is moved back, and an upload that finds
 * it gone stores it anew. A crash between the two leaves {@value #ASIDE_PREFIX}&lt;sha256&gt;, settled by the
 * next pass.
 */
final class BlobSweep {

    static final String ASIDE_PREFIX = ".sweeping-";
    private static final String TEMP_SUFFIX = ".tmp";

    private static final Logger log = LoggerFactory.getLogger(BlobSweep.class);

    private final Path root;
    private final Predicate<String> referenced;
    private final Instant cutoff;
    private final SweepTally tally = new SweepTally();

    /**
     * @param referenced whether an event references a content address; asked only of blobs older than the cutoff
     */
    BlobSweep(Path root, Predicate<String> referenced, Instant cutoff) {
        this.root = root.toAbsolutePath().normalize();
        this.referenced = referenced;
        this.cutoff = cutoff;
    }

    SweepResult run() {
        for (Path file : list(root, 1)) {
            String name = file.getFileName().toString();
            if (name.startsWith(ASIDE_PREFIX)) {
                settleAside(file, name.substring(ASIDE_PREFIX.length()));
            } else if (name.startsWith(FileSystemBlobStore.TEMP_PREFIX) && name.endsWith(TEMP_SUFFIX)) {
                removeTemp(file);
            }
        }
        for (Path file : list(root, 3)) {
            String name = file.getFileName().toString();
            if (BlobLayout.isSha256(name) && BlobLayout.pathOf(root, name).equals(file)) {
                sweepBlob(file, name);
            }
        }
        return tally.result();
    }

    private void removeTemp(Path temp) {
        try {
            if (!isOld(temp)) {
                return;
            }
            long size = Files.size(temp);
            Files.delete(temp);
            tally.tempRemoved(size);
        } catch (NoSuchFileException gone) {
            // its upload finished meanwhile
        } catch (IOException | RuntimeException e) {
            failed(temp, e);
        }
    }

    private void sweepBlob(Path blob, String sha256) {
        try {
            if (!isOld(blob)) {
                tally.withinGrace();
                return;
            }
            if (referenced.test(sha256)) {
                tally.referenced();
                return;
            }
            Path aside = root.resolve(ASIDE_PREFIX + sha256);
            Files.move(blob, aside, StandardCopyOption.ATOMIC_MOVE);
            settleAside(aside, sha256);
        } catch (NoSuchFileException gone) {
            // another sweep took it
        } catch (IOException | RuntimeException e) {
            failed(blob, e);
        }
    }

    /** A blob moved aside: back into place if anyone needs it, otherwise removed. */
    private void settleAside(Path aside, String sha256) {
        try {
            if (!BlobLayout.isSha256(sha256)) {
                return;
            }
            Path target = BlobLayout.pathOf(root, sha256);
            if (Files.exists(target)) {
                // an upload stored the same bytes again meanwhile
                Files.delete(aside);
            } else if (!isOld(aside)) {
                putBack(aside, target);
                tally.withinGrace();
            } else if (referenced.test(sha256)) {
                putBack(aside, target);
                tally.referenced();
            } else {
                long size = Files.size(aside);
                Files.delete(aside);
                tally.blobRemoved(size);
                log.debug("Evidence sweep removed unreferenced blob {} ({} bytes)", sha256, size);
            }
        } catch (NoSuchFileException gone) {
            // another sweep settled it
        } catch (IOException | RuntimeException e) {
            failed(aside, e);
        }
    }

    private static void putBack(Path aside, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE);
    }

    private boolean isOld(Path file) throws IOException {
        return Files.getLastModifiedTime(file).toInstant().isBefore(cutoff);
    }

    private void failed(Path file, Exception e) {
        log.error("Evidence sweep could not handle {}", file, e);
        tally.failed(root.relativize(file) + ": " + e);
    }

    /** Regular files exactly {@code depth} levels below the root. */
    private List<Path> list(Path directory, int depth) {
        try (Stream<Path> files = Files.find(directory, depth,
                (path, attributes) -> attributes.isRegularFile() && directory.relativize(path).getNameCount() == depth)) {
            return files.toList();
        } catch (IOException | RuntimeException e) {
            failed(directory, e);
            return List.of();
        }
    }
}
