package org.evaltrack.query.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.evaltrack.kernel.query.account.AccountSummaries;
import org.evaltrack.kernel.query.account.TrailActors;
import org.evaltrack.kernel.query.account.UnitLeaders;
import org.evaltrack.kernel.query.account.AccountSummary;
import org.evaltrack.kernel.query.account.LeaderChoice;
import org.evaltrack.kernel.query.account.ListAccounts;
import org.evaltrack.kernel.query.account.ListTrailActors;
import org.evaltrack.kernel.query.account.ListUnitLeaders;
import org.evaltrack.kernel.query.account.PersonChoice;
import org.evaltrack.kernel.unit.UnitId;
import org.evaltrack.query.ReadModelTables;
import org.evaltrack.testsupport.PostgresTest;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Who pages offer as actors, leaders and accounts, answered from the account table through the query bus. */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountDirectoryPostgresTest {

    private final QueryGateway queries;

    AccountDirectoryPostgresTest(PostgresTestDatabase database) {
        ReadModelTables tables = new ReadModelTables(database);
        tables.jdbc().update("insert into totals_unit (unit_id, name) values ('unit-a', 'Anle'), ('unit-b', 'Beishan')");
        tables.account("user-office", "office", "Office Wang", "ADMIN", null, true);
        tables.account("user-reviewer", "reviewer", "Reviewer Li", "REVIEWER", null, true);
        tables.account("user-a-clerk", "aclerk", "Clerk Zhao", "SUBMITTER", "unit-a", true);
        tables.account("user-a-leader", "aleader", "Leader Qian", "LEADER", "unit-a", true);
        tables.account("user-a-gone", "aretired", "Leader Sun", "LEADER", "unit-a", false);
        tables.account("user-b-leader", "bleader", "Leader Zhou", "LEADER", "unit-b", true);
        tables.account("user-b-clerk", "bclerk", "Clerk Wu", "SUBMITTER", "unit-b", true);
        this.queries = ReadModelTables.gatewayTo(new AccountDirectory(tables.jdbc()));
    }

    @Test
    void aUnitsTrailOffersTheOfficeAndItsOwnPeopleOnly() {
        assertThat(ask(new ListTrailActors(UnitId.of("unit-a")), TrailActors.class).actors()).containsExactly(
                new PersonChoice("user-office", "Office Wang"),
                new PersonChoice("user-a-leader", "Leader Qian"),
                new PersonChoice("user-a-gone", "Leader Sun"),
                new PersonChoice("user-reviewer", "Reviewer Li"),
                new PersonChoice("user-a-clerk", "Clerk Zhao"));
    }

    @Test
    void tasksGoToTheUnitsEnabledLeaders() {
        assertThat(ask(new ListUnitLeaders(UnitId.of("unit-a")), UnitLeaders.class).leaders())
                .containsExactly(new LeaderChoice("user-a-leader", "Leader Qian", "aleader"));
        assertThat(ask(new ListUnitLeaders(UnitId.of("unit-c")), UnitLeaders.class).leaders()).isEmpty();
    }

    @Test
    void everyAccountByRoleThenUnitOfficeFirstWithTheUnitsName() {
        List<AccountSummary> accounts = ask(new ListAccounts(), AccountSummaries.class).accounts();
        assertThat(accounts).extracting(AccountSummary::username)
                .containsExactly("office", "aleader", "aretired", "bleader", "reviewer", "aclerk", "bclerk");
        assertThat(accounts).filteredOn(a -> a.username().equals("aretired")).containsExactly(
                new AccountSummary("user-a-gone", "aretired", "Leader Sun", "LEADER", "unit-a", "Anle", false));
        assertThat(accounts.get(0).unitName()).isNull();
    }

    private <R> R ask(Object query, Class<R> answer) {
        return queries.query(query, ResponseTypes.instanceOf(answer)).join();
    }
}
