package org.evaltrack.kernel.scheme;

/** The two top-level parts of a scheme: 共性考核指标 and 个性指标. */
public enum Section {
    COMMON,
    SPECIFIC
}
