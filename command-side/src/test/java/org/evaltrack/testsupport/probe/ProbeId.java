package org.evaltrack.testsupport.probe;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Test-only aggregate id, shaped like the kernel's typed ids. */
public record ProbeId(@JsonValue String value) {

    @JsonCreator
    public static ProbeId of(String value) {
        return new ProbeId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
