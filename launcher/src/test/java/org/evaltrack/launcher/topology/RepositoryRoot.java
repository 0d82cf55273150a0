package org.evaltrack.launcher.topology;

import java.nio.file.Files;
import java.nio.file.Path;

/** The clone's top directory, found upwards from the working directory (the module's, under Surefire). */
final class RepositoryRoot {

    private RepositoryRoot() {
    }

    static Path find() {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null) {
            if (Files.isRegularFile(directory.resolve("docker-compose.yml")) && Files.isDirectory(directory.resolve("docker"))) {
                return directory;
            }
            directory = directory.getParent();
        }
        throw new IllegalStateException("no docker-compose.yml above " + Path.of("").toAbsolutePath());
    }
}
