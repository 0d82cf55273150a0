package org.evaltrack.command.lookup;

import org.evaltrack.command.directory.UnitDirectory;
import org.evaltrack.kernel.unit.UnitId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@link UnitDirectory} over lookup_unit. */
@Component
public class JdbcUnitDirectory implements UnitDirectory {

    private final JdbcTemplate jdbc;

    public JdbcUnitDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean exists(UnitId unitId) {
        Integer count = jdbc.queryForObject("select count(*) from lookup_unit where unit_id = ?", Integer.class, unitId.value());
        return count != null && count > 0;
    }
}
