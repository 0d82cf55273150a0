package org.evaltrack.kernel.query.trail;

/** A piece of evidence a trail row refers to. */
public record LinkedEvidence(String evidenceId, String fileName) {
}
