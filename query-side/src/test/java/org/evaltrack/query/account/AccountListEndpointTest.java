package org.evaltrack.query.account;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.axonframework.messaging.responsetypes.ResponseType;
import org.evaltrack.kernel.query.account.AccountSummaries;
import org.evaltrack.kernel.query.account.AccountSummary;
import org.evaltrack.kernel.query.account.ListAccounts;
import org.evaltrack.query.security.EndpointTestSupport;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;

/** GET /api/accounts: the office only, and never a password hash. */
@WebMvcTest(properties = "spring.datasource.url=jdbc:h2:mem:accountlist;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
@ContextConfiguration(classes = {EndpointTestSupport.Web.class, AccountListController.class})
class AccountListEndpointTest extends EndpointTestSupport {

    @BeforeEach
    void accounts() {
        standardAccounts();
    }

    @Test
    void theOfficeReadsEveryAccountWithoutAHash() throws Exception {
        doReturn(CompletableFuture.completedFuture(new AccountSummaries(List.of(
                new AccountSummary("user-4", "office", "县绩效办", "ADMIN", null, null, true),
                new AccountSummary("user-1", "dongshan", "黄淑芬", "SUBMITTER", "unit-dongshan", "东山侗族乡", true)))))
                .when(queryGateway).query(eq(new ListAccounts()), any(ResponseType.class));

        mvc.perform(get("/api/accounts").with(httpBasic("office", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accounts[1].username").value("dongshan"))
                .andExpect(jsonPath("$.accounts[1].displayName").value("黄淑芬"))
                .andExpect(jsonPath("$.accounts[1].role").value("SUBMITTER"))
                .andExpect(jsonPath("$.accounts[1].unitName").value("东山侗族乡"))
                .andExpect(content().string(Matchers.not(Matchers.containsStringIgnoringCase("password"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("$2a$"))));
    }

    @Test
    void everyoneElseIsRefused403AndNothingIsAsked() throws Exception {
        for (String user : List.of("reviewer", "dongshan", "tangmiaohua")) {
            mvc.perform(get("/api/accounts").with(httpBasic(user, PASSWORD)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        }
        mvc.perform(get("/api/accounts")).andExpect(status().isUnauthorized());
        verify(queryGateway, never()).query(any(), any(ResponseType.class));
    }
}
