package org.evaltrack.query.discrepancy;

import java.util.List;

import org.evaltrack.kernel.query.discrepancy.DiscrepancyKind;
import org.evaltrack.kernel.query.discrepancy.DiscrepancySeverity;
import org.evaltrack.kernel.query.discrepancy.DiscrepancySubject;

/**
 * A discrepancy before its message is rendered. {@code messageKey} is the bundle key (the kind,
 * or the kind with a variant); {@code messageArgs} are already formatted, so no locale reformats a number.
 */
record Finding(DiscrepancyKind kind, DiscrepancySeverity severity, DiscrepancySubject subject, String expected,
               String found, String messageKey, List<String> messageArgs, List<String> eventIds) {

    Finding {
        messageArgs = List.copyOf(messageArgs);
        eventIds = eventIds.stream().filter(id -> id != null).distinct().toList();
    }

    static Finding of(DiscrepancyKind kind, DiscrepancySubject subject, String expected, String found,
                      List<String> messageArgs, List<String> eventIds) {
        return new Finding(kind, kind.defaultSeverity(), subject, expected, found, kind.name(), messageArgs, eventIds);
    }

    Finding withSeverity(DiscrepancySeverity newSeverity) {
        return new Finding(kind, newSeverity, subject, expected, found, messageKey, messageArgs, eventIds);
    }

    Finding withMessageVariant(String variant) {
        return new Finding(kind, severity, subject, expected, found, kind.name() + "." + variant, messageArgs, eventIds);
    }
}
