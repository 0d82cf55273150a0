package org.evaltrack.command.account;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * BCrypt for account passwords. Deliberately not a {@link PasswordEncoder} bean: the query side
 * may declare its own, and two beans of one type would break injection by type in both modules.
 */
@Component
public class AccountPasswords {

    private final PasswordEncoder encoder = new BCryptPasswordEncoder();

    public String hash(String rawPassword) {
        return encoder.encode(rawPassword);
    }

    public PasswordEncoder encoder() {
        return encoder;
    }
}
