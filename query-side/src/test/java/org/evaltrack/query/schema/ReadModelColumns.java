package org.evaltrack.query.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.evaltrack.kernel.limit.NumberLimit;
import org.evaltrack.kernel.limit.TextLimit;
import org.evaltrack.query.QuerySideJpaPackages;
import org.evaltrack.query.config.QueryFlywayConfig;
import org.evaltrack.query.config.ReadModelTables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * No read-model column is narrower than what the kernel accepts: an accepted event whose text or
 * score did not fit would fail its projection for good and hold back every later event of its unit.
 * Reads the schema the query side's migrations built, so a new table is held to the rule too.
 */
abstract class ReadModelColumns {

    @Configuration(proxyBeanMethods = false)
    @Import({QuerySideJpaPackages.class, QueryFlywayConfig.class})
    static class Config {
    }

    @Autowired
    JdbcTemplate jdbc;

    /** The schema the migrations ran in, as information_schema spells it. */
    abstract String schemaExpression();

    @Test
    void noTextColumnIsNarrowerThanTheLongestTextTheKernelAccepts() {
        // framework tables (tokens, dead letters, node names, Flyway's history) hold no command input
        List<String> narrow = jdbc.queryForList("""
                select lower(table_name) || '.' || lower(column_name) || ' ' || character_maximum_length
                  from information_schema.columns
                 where table_schema = %s
                   and lower(data_type) in ('character varying', 'character', 'varchar', 'char', 'text')
                   and character_maximum_length is not null
                   and character_maximum_length < ?
                   and lower(table_name) not in ('token_entry', 'dead_letter_entry', 'query_node')
                   and lower(table_name) not like 'flyway%%'
                """.formatted(schemaExpression()), String.class, TextLimit.LONGEST);
        assertThat(narrow).as("text columns bounded below %d characters", TextLimit.LONGEST).isEmpty();
        assertThat(textColumns()).as("the check saw the read models").isGreaterThan(100);
    }

    /** A rebuild builds and swaps exactly the read-model tables: a new table must be named as one or the other. */
    @Test
    void everyQuerySideTableIsAReadModelTableOrInfrastructure() {
        List<String> tables = jdbc.queryForList("""
                select lower(table_name) from information_schema.tables
                 where table_schema = %s and table_type = 'BASE TABLE' and lower(table_name) not like 'flyway%%'
                """.formatted(schemaExpression()), String.class);
        List<String> named = new java.util.ArrayList<>(ReadModelTables.NAMES);
        named.addAll(ReadModelTables.INFRASTRUCTURE);
        assertThat(tables).containsExactlyInAnyOrderElementsOf(named);
    }

    @Test
    void wideningKeptRequiredColumnsRequired() {
        // H2's SET DATA TYPE and PostgreSQL's alike must leave NOT NULL in place
        String nullable = jdbc.queryForObject("""
                select is_nullable from information_schema.columns
                 where table_schema = %s and lower(table_name) = 'claim_sheet_figure' and lower(column_name) = 'name'
                """.formatted(schemaExpression()), String.class);
        assertThat(nullable).isEqualToIgnoringCase("NO");
    }

    @Test
    void everyNumericColumnHoldsTheWholeScoreRange() {
        List<String> tooSmall = jdbc.queryForList("""
                select lower(table_name) || '.' || lower(column_name) || ' ' || numeric_precision || ',' || numeric_scale
                  from information_schema.columns
                 where table_schema = %s
                   and lower(data_type) in ('numeric', 'decimal')
                   and numeric_precision is not null
                   and (numeric_precision - numeric_scale < ? or numeric_scale < ?)
                """.formatted(schemaExpression()), String.class,
                NumberLimit.SCORE.integerDigits(), NumberLimit.SCORE.decimals());
        assertThat(tooSmall).as("numeric columns that cannot hold %s", NumberLimit.SCORE).isEmpty();
    }

    @Test
    void everyDeclaredTextLimitFitsTheNarrowestColumn() {
        // the test above compares with LONGEST; this keeps LONGEST honest when a kind is added
        int longest = 0;
        for (TextLimit limit : TextLimit.values()) {
            longest = Math.max(longest, limit.maxCodePoints());
        }
        assertThat(TextLimit.LONGEST).isEqualTo(longest);
    }

    private int textColumns() {
        Integer count = jdbc.queryForObject("""
                select count(*) from information_schema.columns
                 where table_schema = %s and lower(data_type) in ('character varying', 'varchar', 'text')
                """.formatted(schemaExpression()), Integer.class);
        return count == null ? 0 : count;
    }
}
