package org.evaltrack.command.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The body an endpoint accepts, sized from the longest text it declares: every character may arrive
 * as a six-byte JSON escape, plus the room {@link BodyLimits#JSON_COMMAND} gives the other fields.
 * An endpoint without it accepts {@link BodyLimits#JSON_COMMAND}; multipart uploads keep their own limits.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface MaxBody {

    /** The longest text of the body, in characters. */
    int textChars();
}
