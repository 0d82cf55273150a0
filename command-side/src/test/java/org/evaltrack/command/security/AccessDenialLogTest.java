package org.evaltrack.command.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.SimpleTransactionStatus;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class AccessDenialLogTest {

    @Test
    void aFailedInsertIsSwallowedSoTheRefusalStaysARefusal() {
        JdbcTemplate jdbc = mock(JdbcTemplate.class);
        when(jdbc.update(anyString(), any(Object[].class))).thenThrow(new DataAccessResourceFailureException("down"));
        PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
        when(transactions.getTransaction(any(TransactionDefinition.class))).thenReturn(new SimpleTransactionStatus());
        AccessDenialLog log = new AccessDenialLog(jdbc, transactions, new SecurityContextActorProvider(), Clock.systemUTC());

        assertThatCode(() -> log.denied(new MockHttpServletRequest("POST", "/api/assessments/a/finalization"), "FORBIDDEN"))
                .doesNotThrowAnyException();
    }

    @Test
    void anUnreachableTransactionManagerIsSwallowedToo() {
        PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
        when(transactions.getTransaction(any(TransactionDefinition.class)))
                .thenThrow(new org.springframework.transaction.CannotCreateTransactionException("no connection"));
        AccessDenialLog log = new AccessDenialLog(mock(JdbcTemplate.class), transactions, new SecurityContextActorProvider(),
                Clock.systemUTC());

        assertThatCode(() -> log.denied(new MockHttpServletRequest("GET", "/x"), "UNAUTHENTICATED"))
                .doesNotThrowAnyException();
    }
}
