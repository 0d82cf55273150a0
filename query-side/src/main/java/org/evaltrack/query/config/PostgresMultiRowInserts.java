package org.evaltrack.query.config;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Has PostgreSQL's driver send a JDBC batch of inserts as multi-row INSERTs: a read-model batch writes
 * hundreds of history rows, and one statement per row cost the database most of a replay's CPU.
 * Other databases are left alone.
 */
@Component
class PostgresMultiRowInserts implements BeanPostProcessor {

    static final String PROPERTY = "reWriteBatchedInserts";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null
                && hikari.getJdbcUrl().startsWith("jdbc:postgresql:")) {
            hikari.addDataSourceProperty(PROPERTY, "true");
        }
        return bean;
    }
}
