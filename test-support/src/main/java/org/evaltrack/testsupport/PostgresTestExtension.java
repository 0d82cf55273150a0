package org.evaltrack.testsupport;

import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** Skips, fails or prepares a {@link PostgresTest} class; see there. */
public class PostgresTestExtension implements ExecutionCondition, BeforeAllCallback, ParameterResolver {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestMethod().isPresent()) {
            return ConditionEvaluationResult.enabled("decided for the class");
        }
        Optional<String> unavailable = PostgresTestDatabase.unavailableReason();
        if (unavailable.isEmpty()) {
            return ConditionEvaluationResult.enabled("PostgreSQL reachable at " + PostgresTestDatabase.baseUrl());
        }
        if (PostgresTestDatabase.required()) {
            return ConditionEvaluationResult.enabled("PostgreSQL required: the class fails in beforeAll");
        }
        String message = PostgresTestDatabase.recordSkip(context.getRequiredTestClass(), unavailable.get());
        return ConditionEvaluationResult.disabled(message);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        requireAvailable();
        PostgresTestDatabase.forTestClass(context.getRequiredTestClass());
    }

    private static void requireAvailable() {
        Optional<String> unavailable = PostgresTestDatabase.unavailableReason();
        if (unavailable.isPresent()) {
            throw new IllegalStateException("PostgreSQL tests FAILED: evaltrack.pg.required=true but PostgreSQL at "
                    + PostgresTestDatabase.baseUrl() + " is unreachable: " + unavailable.get());
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == PostgresTestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        requireAvailable(); // a PER_CLASS test instance is built before beforeAll
        return PostgresTestDatabase.forTestClass(context.getRequiredTestClass());
    }
}
