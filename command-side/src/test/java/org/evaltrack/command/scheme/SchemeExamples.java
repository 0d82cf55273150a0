package org.evaltrack.command.scheme;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.evaltrack.kernel.scheme.CategoryAdded;
import org.evaltrack.kernel.scheme.Deadlines;
import org.evaltrack.kernel.scheme.IndicatorAdded;
import org.evaltrack.kernel.scheme.SchemeDrafted;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.scheme.SchemePublished;
import org.evaltrack.kernel.scheme.ScoringMode;
import org.evaltrack.kernel.scheme.Section;
import org.evaltrack.kernel.score.Score;

/** A small slice of the 2019 Suining scheme, as the events that build it. */
final class SchemeExamples {

    static final SchemeId SCHEME = SchemeId.of("suining-2019");
    static final Deadlines DEADLINES = new Deadlines(
            Instant.parse("2020-01-15T09:00:00Z"),
            Instant.parse("2020-01-20T09:00:00Z"),
            Instant.parse("2020-02-01T09:00:00Z"));

    static final SchemeDrafted DRAFTED = new SchemeDrafted(SCHEME, 2019, "2019年绥宁县重点工作绩效评估改革方案",
            "绥办发〔2019〕54号", "中共绥宁县委办公室", DEADLINES, Score.of("6"));
    static final CategoryAdded CATEGORY = new CategoryAdded(SCHEME, "1.1", Section.COMMON, "三大攻坚战", Score.of("25"));
    static final IndicatorAdded POVERTY = standard("1.1", "1.1.1", "精准脱贫", "15");
    static final IndicatorAdded RISK = standard("1.1", "1.1.2", "防范化解重大风险", "5");
    static final IndicatorAdded POLLUTION = standard("1.1", "1.1.3", "污染防治", "5");
    static final IndicatorAdded REFORM = new IndicatorAdded(SCHEME, "1.1", "1.1.4", "深化改革工作",
            ScoringMode.DEDUCTION_ONLY, Score.ZERO, Score.of("-2"), List.of(), null);
    static final SchemePublished PUBLISHED = new SchemePublished(SCHEME, 2019, Score.of("25"), 1, 4,
            Instant.parse("2020-01-01T00:00:00Z"));

    /** Everything up to a publishable draft: one category of 25 and its indicators summing to 25. */
    static final List<Object> PUBLISHABLE = List.of(DRAFTED, CATEGORY, POVERTY, RISK, POLLUTION, REFORM);

    static IndicatorAdded standard(String category, String code, String name, String max) {
        return new IndicatorAdded(SCHEME, category, code, name, ScoringMode.STANDARD, Score.of(max), null, List.of(),
                null);
    }

    static List<Object> published() {
        return concat(PUBLISHABLE, PUBLISHED);
    }

    static List<Object> concat(List<Object> events, Object... more) {
        ArrayList<Object> all = new ArrayList<>(events);
        all.addAll(List.of(more));
        return all;
    }

    private SchemeExamples() {
    }
}
