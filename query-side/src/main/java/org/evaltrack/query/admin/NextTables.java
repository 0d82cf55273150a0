package org.evaltrack.query.admin;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.evaltrack.query.config.ReadModelTables;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The read-model tables a rebuild fills beside the live ones (PostgreSQL): a schema named after the live
 * one with {@code _next}, the same tables, columns, keys and indexes, empty. The switch moves the live
 * tables out and the new ones in, under the live names, index and constraint names included, so later
 * migrations find what they expect.
 */
final class NextTables {

    private final JdbcTemplate jdbc;

    NextTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    String live() {
        return jdbc.queryForObject("select current_schema()", String.class);
    }

    String next() {
        return live() + "_next";
    }

    private String old() {
        return live() + "_old";
    }

    boolean exist() {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from information_schema.schemata where schema_name = ?)", Boolean.class, next()));
    }

    /** Fresh, empty tables; whatever an earlier rebuild left there is dropped. */
    void create() {
        String live = quote(live());
        String next = quote(next());
        jdbc.execute("drop schema if exists " + next + " cascade");
        jdbc.execute("create schema " + next);
        for (String table : ReadModelTables.NAMES) {
            jdbc.execute("create table " + next + "." + table + " (like " + live + "." + table + " including all)");
        }
    }

    void drop() {
        jdbc.execute("drop schema if exists " + quote(next()) + " cascade");
    }

    /** The search path under which a read model's unqualified tables are the new ones. */
    String searchPath() {
        return quote(next()) + ", " + quote(live());
    }

    /** In the caller's transaction: the new tables take the live ones' place, which are dropped. */
    void switchOver() {
        String live = quote(live());
        String next = quote(next());
        String old = quote(old());
        jdbc.execute("lock table " + ReadModelTables.NAMES.stream().map(table -> live + "." + table)
                .collect(Collectors.joining(", ")) + " in access exclusive mode");
        jdbc.execute("drop schema if exists " + old + " cascade");
        jdbc.execute("create schema " + old);
        for (String table : ReadModelTables.NAMES) {
            jdbc.execute("alter table " + live + "." + table + " set schema " + old);
            jdbc.execute("alter table " + next + "." + table + " set schema " + live);
            keepNames(old(), live(), table);
        }
        jdbc.execute("drop schema " + old + " cascade");
        jdbc.execute("drop schema " + next + " cascade");
    }

    /** Names the new table's constraints and indexes as the old table's: matched by definition. */
    private void keepNames(String oldSchema, String liveSchema, String table) {
        Map<String, String> oldConstraints = constraints(oldSchema, table);
        constraints(liveSchema, table).forEach((definition, name) -> {
            String wanted = oldConstraints.get(definition);
            if (wanted != null && !wanted.equals(name)) {
                jdbc.execute("alter table " + quote(liveSchema) + "." + table + " rename constraint " + quote(name) + " to " + quote(wanted));
            }
        });
        Map<String, String> oldIndexes = indexes(oldSchema, table);
        indexes(liveSchema, table).forEach((definition, name) -> {
            String wanted = oldIndexes.get(definition);
            if (wanted != null && !wanted.equals(name)) {
                jdbc.execute("alter index " + quote(liveSchema) + "." + quote(name) + " rename to " + quote(wanted));
            }
        });
    }

    private Map<String, String> constraints(String schema, String table) {
        return definitions("""
                select c.conname as name, c.contype::text || ' ' || pg_get_constraintdef(c.oid) as definition
                from pg_constraint c join pg_class r on r.oid = c.conrelid join pg_namespace n on n.oid = r.relnamespace
                where n.nspname = ? and r.relname = ?""", schema, table, Function.identity());
    }

    /** Indexes that back no constraint; the definition without its name and table. */
    private Map<String, String> indexes(String schema, String table) {
        return definitions("""
                select i.relname as name, pg_get_indexdef(i.oid) as definition
                from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class r on r.oid = x.indrelid
                join pg_namespace n on n.oid = r.relnamespace
                where n.nspname = ? and r.relname = ?
                  and not exists (select 1 from pg_constraint c where c.conindid = x.indexrelid)""", schema, table,
                definition -> (definition.startsWith("CREATE UNIQUE") ? "unique " : "")
                        + definition.substring(definition.indexOf(" USING ")));
    }

    private Map<String, String> definitions(String sql, String schema, String table, Function<String, String> key) {
        List<Map<String, Object>> rows = jdbc.queryForList(sql, schema, table);
        return rows.stream().collect(Collectors.toMap(row -> key.apply(Objects.toString(row.get("definition"))),
                row -> Objects.toString(row.get("name")), (first, second) -> first));
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
