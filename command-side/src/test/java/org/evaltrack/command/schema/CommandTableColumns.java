package org.evaltrack.command.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.evaltrack.kernel.limit.TextLimit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The command side's lookup, account and token tables hold every text the kernel accepts for them:
 * H2 counts UTF-16 units, so a column of 64 took only 32 emoji and failed an accepted command.
 */
abstract class CommandTableColumns {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void noLookupAccountOrTokenTextColumnIsBounded() {
        // texts a caller chose; server-made values (hashes, roles, kinds, states) keep their bounds
        List<String> bounded = jdbc.queryForList("""
                select lower(table_name) || '.' || lower(column_name) || ' ' || character_maximum_length
                  from information_schema.columns
                 where table_schema = current_schema
                   and lower(data_type) in ('character varying', 'varchar')
                   and character_maximum_length is not null
                   and character_maximum_length < ?
                   and (lower(table_name) like 'lookup%%'
                        or (lower(table_name) = 'account' and lower(column_name) in ('display_name', 'unit_id'))
                        or (lower(table_name) = 'personal_token' and lower(column_name) in ('name', 'user_id')))
                   and lower(column_name) not in ('status', 'scoring_mode', 'bonus_level', 'kind', 'rules_version', 'event_id')
                """.formatted(), String.class, 2 * TextLimit.LONGEST);
        assertThat(bounded).isEmpty();
        Integer seen = jdbc.queryForObject("""
                select count(*) from information_schema.columns
                 where table_schema = current_schema and lower(table_name) like 'lookup%'""", Integer.class);
        assertThat(seen).as("the check saw the lookup tables").isGreaterThan(15);
    }
}
