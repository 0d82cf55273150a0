package org.evaltrack.benchmarks.append;

import javax.sql.DataSource;

/**
 * What the JMH benchmarks of this package run against, set by the harness before it starts JMH in
 * its own JVM (forks = 0): the running system's fixture and the baseline's data source. JMH then
 * measures the very context the HTTP runs use.
 */
public final class AppendTargets {

    static volatile AppendFixture fixture;
    static volatile DataSource baseline;
    static volatile byte[] samplePayload;
    static volatile byte[] sampleMetaData;

    private AppendTargets() {
    }

    public static void set(AppendFixture appendFixture, DataSource baselineDataSource, byte[] payload, byte[] metaData) {
        fixture = appendFixture;
        baseline = baselineDataSource;
        samplePayload = payload;
        sampleMetaData = metaData;
    }
}
