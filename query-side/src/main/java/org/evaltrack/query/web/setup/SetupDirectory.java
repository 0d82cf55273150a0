package org.evaltrack.query.web.setup;

import java.util.List;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.evaltrack.kernel.query.AssessmentSummaries;
import org.evaltrack.kernel.query.SchemeIndicators;
import org.evaltrack.kernel.query.SchemeSummaries;
import org.evaltrack.kernel.query.UnitSummaries;
import org.evaltrack.kernel.query.account.AccountSummaries;
import org.evaltrack.kernel.query.account.UnitLeaders;
import org.evaltrack.kernel.query.ledger.AssessmentTasks;
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
        return answer(new ListUnits(), UnitSummaries.class).units();
    }

    List<AccountSummary> accounts() {
        return answer(new ListAccounts(), AccountSummaries.class).accounts();
    }

    /** Newest year first, drafts before published ones of the same year. */
    List<SchemeSummary> schemes() {
        return answer(new ListSchemeSummaries(), SchemeSummaries.class).schemes();
    }

    List<AssessmentSummary> assessments() {
        return answer(new ListAssessmentSummaries(), AssessmentSummaries.class).assessments();
    }

    List<IndicatorName> indicators(String schemeId) {
        return answer(new ListSchemeIndicators(SchemeId.of(schemeId)), SchemeIndicators.class).indicators();
    }

    /** The responsible leaders who may close the unit's tasks: leader accounts of that unit. */
    List<LeaderChoice> leaders(String unitId) {
        return answer(new ListUnitLeaders(UnitId.of(unitId)), UnitLeaders.class).leaders();
    }

    List<AssignedTask> tasks(String assessmentId) {
        return answer(new ListAssessmentTasks(AssessmentId.of(assessmentId)), AssessmentTasks.class).tasks();
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
            case assigned -> tasksOf(assessmentId).stream().anyMatch(t -> t.taskId().equals(id));
            case reassigned -> tasksOf(assessmentId).stream().anyMatch(t -> t.taskId().equals(id) && t.leaderId().equals(leaderId));
        };
    }

    /** None for an assessment the lists do not know (or a malformed id from a hand-made address): the page answers 404. */
    private List<AssignedTask> tasksOf(String assessmentId) {
        boolean known = assessmentId != null && assessments().stream().anyMatch(a -> a.assessmentId().equals(assessmentId));
        return known ? tasks(assessmentId) : List.of();
    }

    private <R> R answer(Object query, Class<R> answer) {
        return queries.query(query, ResponseTypes.instanceOf(answer)).join();
    }

    /** What a set-up form changed; the names are the pages' {@code done=} values and the texts' keys. */
    public enum Change { unit, account, published, assessment, assigned, reassigned }
}
