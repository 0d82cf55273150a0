package org.evaltrack.query.admin;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.resource.transaction.spi.TransactionCoordinator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hibernate marks the whole transaction rollback-only when a flush fails (a constraint, a trigger,
 * a value too long), even though {@link HandlerSavepoints} has already rolled back to the savepoint
 * before the failing handler and the rest of the transaction is sound. The processor's commit then
 * fails with "silently rolled back", the dead letter and the token are lost with it, and the
 * processor retries the same event forever. Hibernate offers no way to lift the mark, so its
 * resource-local transaction driver's flag is reset here, only after such a savepoint rollback.
 */
final class RollbackMark {

    private static final Logger log = LoggerFactory.getLogger(RollbackMark.class);

    private RollbackMark() {
    }

    static void liftAfterSavepointRollback(EntityManager entityManager) {
        TransactionCoordinator.TransactionDriver driver = entityManager.unwrap(SharedSessionContractImplementor.class)
                .getTransactionCoordinator().getTransactionDriverControl();
        try {
            Field rollbackOnly = driver.getClass().getDeclaredField("rollbackOnly");
            rollbackOnly.setAccessible(true);
            rollbackOnly.setBoolean(driver, false);
        } catch (ReflectiveOperationException | RuntimeException unknownDriver) {
            // another Hibernate version or a JTA driver: the transaction stays marked and the processor
            // retries the event; nothing is lost, the group waits (PoisonEventPerUnitPostgresTest fails)
            log.warn("cannot lift Hibernate's rollback-only mark on {}", driver.getClass().getName(), unknownDriver);
        }
    }
}
