package org.evaltrack.command.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * RFC 9457 problem details as this API answers them. {@code code} repeats the last part of {@code type}
 * so clients can switch on it without parsing URNs; {@code details} lists specifics: a labelled object per
 * thing a domain rule refused (every budget mismatch, the claim out of range), else a sentence or value.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String code, List<Object> details) {

    public static final String TYPE_PREFIX = "urn:evaltrack:error:";

    public Problem {
        details = details == null ? List.of() : List.copyOf(details);
    }
}
