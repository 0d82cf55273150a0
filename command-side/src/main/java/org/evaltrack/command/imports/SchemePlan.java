package org.evaltrack.command.imports;

import java.util.ArrayList;
import java.util.List;
import org.evaltrack.kernel.scheme.AddCategory;
import org.evaltrack.kernel.scheme.AddIndicator;
import org.evaltrack.kernel.scheme.BonusLevel;
import org.evaltrack.kernel.scheme.Deadlines;
import org.evaltrack.kernel.scheme.DefineBonusRule;
import org.evaltrack.kernel.scheme.DefineVetoCondition;
import org.evaltrack.kernel.scheme.DraftScheme;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.scheme.ScoringMode;
import org.evaltrack.kernel.scheme.Section;
import org.evaltrack.kernel.scheme.SubItem;
import org.evaltrack.kernel.score.Score;

/** A scheme workbook that passed every check, as the commands that create the scheme, each with the row it came from. */
record SchemePlan(Header header, List<CategoryRow> categories, List<IndicatorRow> indicators,
                  List<BonusRuleRow> bonusRules, List<VetoRow> vetoConditions) {

    record Header(int row, int year, String title, String documentNumber, String issuer, Deadlines deadlines, Score bonusCap) {
    }

    record CategoryRow(int row, String code, Section section, String name, Score budget) {
    }

    record IndicatorRow(int row, String categoryCode, String code, String name, ScoringMode mode, Score maxPoints,
                        Score floor, String assumption, List<SubItem> subItems) {
    }

    record BonusRuleRow(int row, BonusLevel level, String name, Score pointsPerItem) {
    }

    record VetoRow(int row, String code, String name) {
    }

    int subItemCount() {
        return indicators.stream().mapToInt(i -> i.subItems().size()).sum();
    }

    /** Draft first, then the tree, rules and conditions, in the order of the sheets. */
    List<CommandBatch.Step> steps(SchemeId id) {
        List<CommandBatch.Step> steps = new ArrayList<>();
        steps.add(new CommandBatch.Step(SchemeTemplate.SCHEME.name(), header.row(), new DraftScheme(id, header.year(), header.title(),
                header.documentNumber(), header.issuer(), header.deadlines(), header.bonusCap())));
        for (CategoryRow c : categories) {
            steps.add(new CommandBatch.Step(SchemeTemplate.CATEGORIES.name(), c.row(),
                    new AddCategory(id, c.code(), c.section(), c.name(), c.budget())));
        }
        for (IndicatorRow i : indicators) {
            steps.add(new CommandBatch.Step(SchemeTemplate.INDICATORS.name(), i.row(), new AddIndicator(id, i.categoryCode(), i.code(),
                    i.name(), i.mode(), i.maxPoints(), i.floor(), i.subItems(), i.assumption())));
        }
        for (BonusRuleRow b : bonusRules) {
            steps.add(new CommandBatch.Step(SchemeTemplate.BONUS_RULES.name(), b.row(), new DefineBonusRule(id, b.level(), b.name(),
                    b.pointsPerItem())));
        }
        for (VetoRow v : vetoConditions) {
            steps.add(new CommandBatch.Step(SchemeTemplate.VETO_CONDITIONS.name(), v.row(), new DefineVetoCondition(id, v.code(), v.name())));
        }
        return steps;
    }
}
