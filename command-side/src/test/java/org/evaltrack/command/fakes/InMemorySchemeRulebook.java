package org.evaltrack.command.fakes;

import java.util.HashMap;
import java.util.Map;
import org.evaltrack.command.assessment.SchemeRulebook;
import org.evaltrack.command.assessment.SchemeRules;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.scheme.SchemeId;

public class InMemorySchemeRulebook implements SchemeRulebook {

    private final Map<SchemeId, SchemeRules> rules = new HashMap<>();

    public InMemorySchemeRulebook put(SchemeRules schemeRules) {
        rules.put(schemeRules.schemeId(), schemeRules);
        return this;
    }

    @Override
    public SchemeRules rulesFor(SchemeId schemeId) {
        SchemeRules found = rules.get(schemeId);
        if (found == null) {
            throw new DomainException(ErrorCode.SCHEME_NOT_FOUND, "no scheme " + schemeId);
        }
        return found;
    }
}
