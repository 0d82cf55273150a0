package org.evaltrack.command.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one shape every create and change call of the command API answers: the id of what was created or
 * changed, what changed (labelled values, as sent or as decided), and warnings about what was accepted
 * but may be wrong (e.g. a figure's unit nobody can convert); {@code warnings} only where a call can warn.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(example = """
        {"id": "assessment-2019-dongshan", "changed": {"indicatorCode": "2.1.1", "claimedScore": "5.00"}, "warnings": []}""")
public record CommandAnswer(String id, Map<String, Object> changed, List<AnswerWarning> warnings) {

    public CommandAnswer {
        changed = changed == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(changed));
        warnings = warnings == null ? null : List.copyOf(warnings);
    }

    /** {@code labelsAndValues}: label, value, label, value…; a null value is left out. */
    public static CommandAnswer of(String id, Object... labelsAndValues) {
        return new CommandAnswer(id, labelled(labelsAndValues), null);
    }

    public CommandAnswer withWarnings(List<AnswerWarning> list) {
        return new CommandAnswer(id, changed, list);
    }

    public static Map<String, Object> labelled(Object... labelsAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < labelsAndValues.length; i += 2) {
            if (labelsAndValues[i + 1] != null) {
                map.put(Objects.toString(labelsAndValues[i]), labelsAndValues[i + 1]);
            }
        }
        return map;
    }
}
