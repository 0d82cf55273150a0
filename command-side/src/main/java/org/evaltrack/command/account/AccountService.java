package org.evaltrack.command.account;

import java.util.List;
import org.evaltrack.command.directory.UnitDirectory;
import org.evaltrack.kernel.actor.Role;
import org.evaltrack.kernel.actor.UserId;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.unit.UnitId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts. Passwords are hashed here and go nowhere else: not into logs, not into events. */
@Service
public class AccountService implements AccountRegistration {

    private static final Logger log = LoggerFactory.getLogger(AccountService.class);

    private final AccountStore store;
    private final AccountPasswords passwords;
    private final UnitDirectory units;

    public AccountService(AccountStore store, AccountPasswords passwords, UnitDirectory units) {
        this.store = store;
        this.passwords = passwords;
        this.units = units;
    }

    /** For loaders that seed known accounts; the unit need not be registered yet. */
    @Override
    @Transactional
    public void registerIfAbsent(UserId userId, String username, String rawPassword, String displayName, Role role, UnitId unitIdOrNull) {
        requireUnitForSubmitter(role, unitIdOrNull);
        boolean created = store.insertIfAbsent(new AccountRecord(
                userId, username, passwords.hash(rawPassword), displayName, role, unitIdOrNull, true));
        if (created) {
            log.info("Account {} ({}) registered", userId, role);
        }
    }

    /**
     * An administrator creates an account; the id is new.
     *
     * @throws DomainException PASSWORD_TOO_LONG (over 72 bytes of UTF-8), VALIDATION_FAILED (submitter without unit),
     *                         UNIT_NOT_FOUND, ALREADY_EXISTS (username taken)
     */
    @Transactional
    public UserId register(String username, String rawPassword, String displayName, Role role, UnitId unitIdOrNull) {
        AccountPasswords.requireHashable(rawPassword);
        requireUnitForSubmitter(role, unitIdOrNull);
        if (unitIdOrNull != null && !units.exists(unitIdOrNull)) {
            throw new DomainException(ErrorCode.UNIT_NOT_FOUND, "unit " + unitIdOrNull + " is not registered", List.of(unitIdOrNull.value()));
        }
        UserId userId = UserId.random();
        boolean created = store.insertIfAbsent(new AccountRecord(
                userId, username, passwords.hash(rawPassword), displayName, role, unitIdOrNull, true));
        if (!created) {
            throw new DomainException(ErrorCode.ALREADY_EXISTS, "username is taken", List.of(username));
        }
        log.info("Account {} ({}) registered", userId, role);
        return userId;
    }

    private static void requireUnitForSubmitter(Role role, UnitId unitIdOrNull) {
        if (role == Role.SUBMITTER && unitIdOrNull == null) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "a submitter must belong to a unit",
                    List.of("unitId: required for role SUBMITTER"));
        }
    }
}
