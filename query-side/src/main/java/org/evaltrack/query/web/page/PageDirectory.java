package org.evaltrack.query.web.page;

import java.util.List;

import org.evaltrack.kernel.query.catalog.ListSchemeBonusLevels;
import org.evaltrack.kernel.query.catalog.SchemeBonusLevels;
import org.evaltrack.kernel.scheme.SchemeId;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.evaltrack.kernel.query.account.TrailActors;
import org.evaltrack.kernel.query.ledger.LedgerUnitChoices;
import org.evaltrack.kernel.query.ledger.TaskDepartments;
import org.evaltrack.kernel.query.totals.AssessmentChoices;
import org.evaltrack.kernel.query.totals.SchemeChoices;
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
        return answer(new ListSchemes(), SchemeChoices.class).schemes();
    }

    /** Each scheme's title by its id, for pages that name a scheme: a reader sees the title, never the id. */
    public java.util.Map<String, String> schemeTitles() {
        java.util.Map<String, String> titles = new java.util.HashMap<>();
        schemes().forEach(s -> titles.put(s.schemeId().value(), s.title()));
        return titles;
    }

    /** Every assessment with its unit's name, for the readers who may see all units (unit null) or one unit. */
    public List<AssessmentChoice> assessments(UnitId onlyUnit) {
        return answer(new ListAssessments(onlyUnit), AssessmentChoices.class).assessments();
    }

    /** Units that have a ledger, by name. */
    public List<LedgerUnitChoice> ledgerUnits() {
        return answer(new ListLedgerUnits(), LedgerUnitChoices.class).units();
    }

    /** Departments as written on the tasks (责任部门). */
    public List<String> departments() {
        return answer(new ListTaskDepartments(), TaskDepartments.class).departments();
    }

    /** The office and that unit's own accounts: other units' staff are not offered as actors. */
    public List<PersonChoice> actorsFor(UnitId unit) {
        return answer(new ListTrailActors(unit), TrailActors.class).actors();
    }

    /** The levels the scheme's bonus rules reward, as the bonus claim form offers them. */
    public List<SchemeBonusLevels.Level> bonusLevels(SchemeId scheme) {
        return answer(new ListSchemeBonusLevels(scheme), SchemeBonusLevels.class).levels();
    }

    private <R> R answer(Object query, Class<R> answer) {
        return queries.query(query, ResponseTypes.instanceOf(answer)).join();
    }
}
