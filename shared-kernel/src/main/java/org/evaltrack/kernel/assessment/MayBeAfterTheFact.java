package org.evaltrack.kernel.assessment;

/** An event that may have been entered after the fact (补录); read models mark it wherever they show it. */
public interface MayBeAfterTheFact {

    /** @return the stated date, recorded time and reason, or null when the event was entered live */
    AfterTheFact afterTheFact();
}
