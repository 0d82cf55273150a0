package org.evaltrack.command.assessment;

import org.evaltrack.kernel.scheme.SchemeId;

/**
 * The rules of a scheme as an assessment needs them when it decides a command. Kept as a lookup
 * table beside the event store so that claims on different units never lock the scheme aggregate.
 */
public interface SchemeRulebook {

    /** @throws org.evaltrack.kernel.error.DomainException SCHEME_NOT_FOUND when unknown */
    SchemeRules rulesFor(SchemeId schemeId);
}
