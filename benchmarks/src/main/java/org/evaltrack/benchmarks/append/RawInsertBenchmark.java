package org.evaltrack.benchmarks.append;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The baseline: one single-row INSERT transaction (autocommit) per operation into
 * {@code raw_event}, a copy of the event table with the same columns, primary key, unique indexes
 * and global-index sequence, carrying a real serialized event's payload and metadata.
 */
@State(Scope.Benchmark)
public class RawInsertBenchmark {

    static final String TABLE = "raw_event";
    private static final String INSERT = "insert into " + TABLE + " (global_index, event_identifier, time_stamp,"
            + " payload_type, payload_revision, payload, meta_data, type, aggregate_identifier, sequence_number)"
            + " values (nextval('raw_event_global_index_seq'), ?, ?, 'org.evaltrack.kernel.assessment.ScoreClaimed', '1',"
            + " ?, ?, 'UnitAssessment', ?, ?)";
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    /** The DDL of the baseline table, run once before the benchmark. */
    public static String[] ddl() {
        return new String[] {
                "drop table if exists " + TABLE,
                "drop sequence if exists raw_event_global_index_seq",
                "create sequence raw_event_global_index_seq start with 1 increment by 1",
                "create table " + TABLE + " (like domain_event_entry including all)"};
    }

    @State(Scope.Thread)
    public static class Client {
        Connection connection;
        PreparedStatement insert;
        String aggregate;
        long sequence;

        @Setup
        public void connect() throws SQLException {
            connection = AppendTargets.baseline.getConnection();
            connection.setAutoCommit(true);
            insert = connection.prepareStatement(INSERT);
            aggregate = "raw-" + CLIENTS.incrementAndGet() + "-" + UUID.randomUUID();
        }

        @TearDown
        public void close() throws SQLException {
            insert.close();
            connection.close();
        }
    }

    @Benchmark
    public int insertOneEvent(Client client) throws SQLException {
        PreparedStatement insert = client.insert;
        insert.setString(1, UUID.randomUUID().toString());
        insert.setString(2, Instant.now().toString());
        insert.setBytes(3, AppendTargets.samplePayload);
        insert.setBytes(4, AppendTargets.sampleMetaData);
        insert.setString(5, client.aggregate);
        insert.setLong(6, client.sequence++);
        return insert.executeUpdate();
    }
}
