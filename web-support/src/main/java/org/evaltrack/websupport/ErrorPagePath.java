package org.evaltrack.websupport;

/**
 * Where an application that serves pages renders a failed page address in its own layout and language
 * (e.g. the query side's {@code /page-error}); without one, pages fail with {@link ErrorAnswer#html()}.
 * The error request is forwarded there with the servlet's error attributes (status, original address).
 */
@FunctionalInterface
public interface ErrorPagePath {

    String path();
}
