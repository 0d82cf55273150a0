package org.evaltrack.query.web.setup;

import java.util.List;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.query.AssessmentSummary;
import org.evaltrack.kernel.query.IndicatorName;
import org.evaltrack.kernel.query.ListAssessmentSummaries;
import org.evaltrack.kernel.query.ListSchemeIndicators;
import org.evaltrack.kernel.query.ListSchemeSummaries;
import org.evaltrack.kernel.query.ListUnits;
import org.evaltrack.kernel.query.SchemeSummary;
import org.evaltrack.kernel.query.UnitSummary;
import org.evaltrack.kernel.query.account.AccountSummary;
import org.evaltrack.kernel.query.account.LeaderChoice;
import org.evaltrack.kernel.query.account.ListAccounts;
import org.evaltrack.kernel.query.account.ListUnitLeaders;
import org.evaltrack.kernel.query.ledger.AssignedTask;
import org.evaltrack.kernel.query.ledger.ListAssessmentTasks;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.unit.UnitId;
import org.springframework.stereotype.Component;

/**
 * What the office's set-up pages list: units, accounts, schemes, assessments and an assessment's
 * ledger tasks, asked of the query handlers. The other queries answer one scheme, assessment or unit
 * at a time; set-up needs all of them.
 */
@Component
public class SetupDirectory {

    private final QueryGateway queries;

    SetupDirectory(QueryGateway queries) {
        this.queries = queries;
    }

    List<UnitSummary> units() {
        return list(new ListUnits(), UnitSummary.class);
    }

    List<AccountSummary> accounts() {
        return list(new ListAccounts(), AccountSummary.class);
    }

    /** Newest year first, drafts before published ones of the same year. */
    List<SchemeSummary> schemes() {
        return list(new ListSchemeSummaries(), SchemeSummary.class);
    }

    List<AssessmentSummary> assessments() {
        return list(new ListAssessmentSummaries(), AssessmentSummary.class);
    }

    List<IndicatorName> indicators(String schemeId) {
        return list(new ListSchemeIndicators(SchemeId.of(schemeId)), IndicatorName.class);
    }

    /** The responsible leaders who may close the unit's tasks: leader accounts of that unit. */
    List<LeaderChoice> leaders(String unitId) {
        return list(new ListUnitLeaders(UnitId.of(unitId)), LeaderChoice.class);
    }

    List<AssignedTask> tasks(String assessmentId) {
        return list(new ListAssessmentTasks(AssessmentId.of(assessmentId)), AssignedTask.class);
    }

    /**
     * Whether the lists already show what the page just sent (the read models follow the events a moment
     * later). A task is looked for among the tasks of the assessment the page shows.
     */
    boolean shows(Change change, String id, String leaderId, String assessmentId) {
        return switch (change) {
            case unit -> units().stream().anyMatch(u -> u.unitId().equals(id));
            case account -> accounts().stream().anyMatch(a -> a.userId().equals(id));
            case published -> schemes().stream().anyMatch(s -> s.schemeId().equals(id) && s.published());
            case assessment -> assessments().stream().anyMatch(a -> a.assessmentId().equals(id));
            case assigned -> assessmentId != null && tasks(assessmentId).stream().anyMatch(t -> t.taskId().equals(id));
            case reassigned -> assessmentId != null && tasks(assessmentId).stream()
                    .anyMatch(t -> t.taskId().equals(id) && t.leaderId().equals(leaderId));
        };
    }

    private <R> List<R> list(Object query, Class<R> element) {
        return queries.query(query, ResponseTypes.multipleInstancesOf(element)).join();
    }

    /** What a set-up form changed; the names are the pages' {@code done=} values and the texts' keys. */
    public enum Change { unit, account, published, assessment, assigned, reassigned }
}
