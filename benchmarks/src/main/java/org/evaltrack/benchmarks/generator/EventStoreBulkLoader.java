package org.evaltrack.benchmarks.generator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jpa.DomainEventEntry;
import org.axonframework.serialization.Serializer;

/**
 * Writes generated events into the application's event store table in JDBC batches, one
 * transaction per batch. Each row is built by Axon's own {@link DomainEventEntry} with the
 * application's event serializer, exactly as the JPA storage engine builds it; the global index
 * comes from the store's sequence, so it is gap-free and ordered as the application's own writes.
 * Bypasses the command side's in-transaction handlers (lookup tables, hash chain): a replay does
 * not read them.
 */
public final class EventStoreBulkLoader implements Consumer<DomainEventMessage<?>>, AutoCloseable {

    private static final String INSERT = "insert into domain_event_entry (global_index, event_identifier, time_stamp,"
            + " payload_type, payload_revision, payload, meta_data, type, aggregate_identifier, sequence_number)"
            + " values (nextval('domain_event_entry_global_index_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int BATCH = 1000;

    private final Serializer eventSerializer;
    private final Connection connection;
    private final PreparedStatement insert;
    private int pending;
    private long stored;

    public EventStoreBulkLoader(DataSource dataSource, Serializer eventSerializer) throws SQLException {
        this.eventSerializer = eventSerializer;
        this.connection = dataSource.getConnection();
        this.connection.setAutoCommit(false);
        this.insert = connection.prepareStatement(INSERT);
    }

    @Override
    public void accept(DomainEventMessage<?> event) {
        DomainEventEntry entry = new DomainEventEntry(event, eventSerializer);
        try {
            insert.setString(1, entry.getEventIdentifier());
            insert.setString(2, DateTimeUtils.formatInstant(entry.getTimestamp()));
            insert.setString(3, entry.getPayload().getType().getName());
            insert.setString(4, entry.getPayload().getType().getRevision());
            insert.setBytes(5, (byte[]) entry.getPayload().getData());
            insert.setBytes(6, (byte[]) entry.getMetaData().getData());
            insert.setString(7, entry.getType());
            insert.setString(8, entry.getAggregateIdentifier());
            insert.setLong(9, entry.getSequenceNumber());
            insert.addBatch();
            if (++pending == BATCH) {
                flush();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not store generated event " + stored, e);
        }
    }

    public long stored() {
        return stored;
    }

    private void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            connection.commit();
            stored += pending;
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            insert.close();
            connection.close();
        }
    }
}
