package org.evaltrack.query;

import javax.sql.DataSource;

import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.evaltrack.query.config.QueryFlywayConfig;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The query side's tables in a test class's own PostgreSQL schema, migrated as in production, with the
 * command side's account table beside them (the launcher shares one database), and a query bus with the
 * handlers under test subscribed: a test asks as the pages do, through a QueryGateway.
 */
public final class ReadModelTables {

    private final JdbcTemplate jdbc;

    public ReadModelTables(PostgresTestDatabase database) {
        var properties = database.springProperties();
        DataSource dataSource = new DriverManagerDataSource(database.url(),
                String.valueOf(properties.get("spring.datasource.username")),
                String.valueOf(properties.get("spring.datasource.password")));
        new QueryFlywayConfig().queryFlyway(dataSource).migrate();
        this.jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("create table if not exists account (user_id varchar(64) primary key, username varchar(64) not null unique,"
                + " password_hash varchar(100) not null, display_name varchar(100) not null, role varchar(16) not null,"
                + " unit_id varchar(64), enabled boolean not null default true)");
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    /** A query bus answered by {@code handlers} alone, as Axon's Spring wiring subscribes them. */
    public static QueryGateway gatewayTo(Object... handlers) {
        SimpleQueryBus bus = SimpleQueryBus.builder().build();
        for (Object handler : handlers) {
            new AnnotationQueryHandlerAdapter<>(handler).subscribe(bus);
        }
        return DefaultQueryGateway.builder().queryBus(bus).build();
    }

    public void account(String userId, String username, String displayName, String role, String unitId, boolean enabled) {
        jdbc.update("insert into account (user_id, username, password_hash, display_name, role, unit_id, enabled)"
                + " values (?, ?, 'not-a-hash', ?, ?, ?, ?)", userId, username, displayName, role, unitId, enabled);
    }
}
