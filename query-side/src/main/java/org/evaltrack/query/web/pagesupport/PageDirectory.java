package org.evaltrack.query.web.pagesupport;

import java.util.List;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.evaltrack.kernel.query.account.ListTrailActors;
import org.evaltrack.kernel.query.account.PersonChoice;
import org.evaltrack.kernel.query.ledger.LedgerUnitChoice;
import org.evaltrack.kernel.query.ledger.ListLedgerUnits;
import org.evaltrack.kernel.query.ledger.ListTaskDepartments;
import org.evaltrack.kernel.query.totals.AssessmentChoice;
import org.evaltrack.kernel.query.totals.ListAssessments;
import org.evaltrack.kernel.query.totals.ListSchemes;
import org.evaltrack.kernel.query.totals.SchemeChoice;
import org.evaltrack.kernel.unit.UnitId;
import org.springframework.stereotype.Component;

/**
 * What a page offers to choose from (schemes, assessments, units, departments, people), asked of the
 * query handlers: the other queries answer per scheme, assessment or unit, and a page has to know which
 * ones there are before it can ask.
 */
@Component
public class PageDirectory {

    private final QueryGateway queries;

    PageDirectory(QueryGateway queries) {
        this.queries = queries;
    }

    /** Newest year first. */
    public List<SchemeChoice> schemes() {
        return list(new ListSchemes(), SchemeChoice.class);
    }

    /** Every assessment with its unit's name, for the readers who may see all units (unit null) or one unit. */
    public List<AssessmentChoice> assessments(UnitId onlyUnit) {
        return list(new ListAssessments(onlyUnit), AssessmentChoice.class);
    }

    /** Units that have a ledger, by name. */
    public List<LedgerUnitChoice> ledgerUnits() {
        return list(new ListLedgerUnits(), LedgerUnitChoice.class);
    }

    /** Departments as written on the tasks (责任部门). */
    public List<String> departments() {
        return list(new ListTaskDepartments(), String.class);
    }

    /** The office and that unit's own accounts: other units' staff are not offered as actors. */
    public List<PersonChoice> actorsFor(UnitId unit) {
        return list(new ListTrailActors(unit), PersonChoice.class);
    }

    private <R> List<R> list(Object query, Class<R> element) {
        return queries.query(query, ResponseTypes.multipleInstancesOf(element)).join();
    }
}
