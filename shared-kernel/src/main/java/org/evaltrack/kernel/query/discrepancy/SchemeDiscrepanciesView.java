package org.evaltrack.kernel.query.discrepancy;

import java.util.List;

import org.evaltrack.kernel.scheme.SchemeId;

/**
 * What does not add up under a scheme.
 *
 * @param schemeDiscrepancies the scheme's own: budget mismatches, assumed maxima
 * @param units               one entry per assessment, by unit name
 */
public record SchemeDiscrepanciesView(
        SchemeId schemeId,
        String title,
        List<DiscrepancyView> schemeDiscrepancies,
        List<UnitDiscrepanciesView> units) {
    public SchemeDiscrepanciesView {
        schemeDiscrepancies = schemeDiscrepancies == null ? List.of() : List.copyOf(schemeDiscrepancies);
        units = units == null ? List.of() : List.copyOf(units);
    }
}
