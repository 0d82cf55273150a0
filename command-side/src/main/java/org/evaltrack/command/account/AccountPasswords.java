package org.evaltrack.command.account;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.error.ErrorCode;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * BCrypt for account passwords. Deliberately not a {@link PasswordEncoder} bean: the query side
 * may declare its own, and two beans of one type would break injection by type in both modules.
 */
@Component
public class AccountPasswords {

    /** BCrypt reads no more than this many bytes of UTF-8: 72 letters or digits, 24 Chinese characters. */
    public static final int MAX_BYTES = 72;

    private final PasswordEncoder encoder = new BCryptPasswordEncoder();

    /**
     * Every password is set through here, at creation and at any change.
     *
     * @throws DomainException PASSWORD_TOO_LONG beyond {@link #MAX_BYTES} bytes of UTF-8
     */
    public String hash(String rawPassword) {
        requireHashable(rawPassword);
        return encoder.encode(rawPassword);
    }

    /** @throws DomainException PASSWORD_TOO_LONG beyond {@link #MAX_BYTES} bytes of UTF-8 */
    public static void requireHashable(String rawPassword) {
        int bytes = rawPassword.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            // the length only: the password itself goes nowhere
            throw new DomainException(ErrorCode.PASSWORD_TOO_LONG, "password of " + bytes + " bytes",
                    List.of("password: " + bytes + " bytes, at most " + MAX_BYTES));
        }
    }

    public PasswordEncoder encoder() {
        return encoder;
    }
}
