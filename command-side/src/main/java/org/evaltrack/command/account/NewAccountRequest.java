package org.evaltrack.command.account;

import org.evaltrack.command.web.limit.Text;
import org.evaltrack.kernel.limit.TextLimit;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.evaltrack.kernel.actor.Role;

/**
 * Body of POST /api/accounts. The password's upper bound is in bytes, not characters (BCrypt reads 72
 * bytes of UTF-8): {@link AccountPasswords} judges it, so 80 letters and 25 Chinese characters get the same answer.
 */
public record NewAccountRequest(
        @NotBlank @Text(TextLimit.CODE) @Pattern(regexp = "[A-Za-z0-9._@-]+") String username,
        @NotNull @Size(min = 8) String password,
        @NotBlank @Text(TextLimit.LABEL) String displayName,
        @NotNull Role role,
        @Size(min = 1) @Text(TextLimit.CODE) String unitId) {

    /** The generated toString would print the password wherever a request gets logged. */
    @Override
    public String toString() {
        return "NewAccountRequest[username=" + username + ", displayName=" + displayName + ", role=" + role
                + ", unitId=" + unitId + "]";
    }
}
