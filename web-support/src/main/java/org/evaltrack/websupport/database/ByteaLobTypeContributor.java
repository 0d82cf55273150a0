package org.evaltrack.websupport.database;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.boot.model.TypeContributor;
import org.hibernate.engine.jdbc.spi.JdbcServices;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.VarbinaryJdbcType;
import org.hibernate.type.descriptor.sql.internal.DdlTypeImpl;

/**
 * Maps every {@code @Lob byte[]} (Axon's payload, metadata, token, saga and dead-letter columns)
 * to {@code bytea} and binds it as plain bytes. Without it Hibernate 6 uses PostgreSQL large
 * objects ({@code oid}) and H2 in PostgreSQL mode rejects the BLOB column type.
 * Registered through META-INF/services so it applies to every persistence unit, on any database.
 */
public class ByteaLobTypeContributor implements TypeContributor {

    @Override
    public void contribute(TypeContributions contributions, ServiceRegistry serviceRegistry) {
        var dialect = serviceRegistry.requireService(JdbcServices.class).getDialect();
        var types = contributions.getTypeConfiguration();
        types.getJdbcTypeRegistry().addDescriptor(SqlTypes.BLOB, VarbinaryJdbcType.INSTANCE);
        types.getDdlTypeRegistry().addDescriptor(new DdlTypeImpl(SqlTypes.BLOB, "bytea", dialect));
    }
}
