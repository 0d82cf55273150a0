package org.evaltrack.query.documents;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.evaltrack.kernel.assessment.DeclaredTotals;
import org.evaltrack.kernel.assessment.ReportSectionKind;
import org.evaltrack.kernel.query.report.ReportContentView;
import org.evaltrack.kernel.query.report.ReportSectionView;
import org.evaltrack.kernel.query.totals.AssessmentTotalsView;
import org.evaltrack.kernel.query.totals.BonusAwardView;
import org.evaltrack.kernel.query.totals.CategorySubtotalView;
import org.evaltrack.kernel.query.totals.IndicatorTotalsView;
import org.evaltrack.kernel.query.totals.VetoView;
import org.evaltrack.kernel.score.Score;

/**
 * The self-assessment report (自查自评报告) in the order of the reference report: header, totals declared
 * and computed, each section, category and indicator with its maximum, scores and narrative, the bonus
 * list, then the unit's own measures and problems. Every number is taken from the totals as the totals
 * API answers them; nothing is added up here.
 */
public final class AssessmentReport {

    private static final String[] CHINESE_ORDINALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
            "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"};

    private AssessmentReport() {
    }

    public static List<ReportBlock> blocks(AssessmentTotalsView totals, ReportContentView content, String schemeTitle,
                                           Instant generatedAt, DocumentLabels labels) {
        boolean chinese = labels.locale().getLanguage().equals(Locale.CHINESE.getLanguage());
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new ReportBlock.Title(labels.get("report.title", totals.unitName())));
        blocks.add(new ReportBlock.Paragraph(labels.get("report.scheme", schemeTitle)));
        blocks.add(new ReportBlock.Paragraph(labels.get("report.status",
                labels.get("status." + totals.status().name()), DocumentTimes.beijing(generatedAt))));
        DeclaredTotals declared = totals.declared();
        if (declared != null) {
            blocks.add(new ReportBlock.Paragraph(labels.get("report.summaryDeclared",
                    text(declared.total()), text(declared.base()), text(declared.bonus()))));
        } else {
            blocks.add(new ReportBlock.Paragraph(labels.get("report.summaryNotDeclared")));
        }
        blocks.add(new ReportBlock.Paragraph(labels.get("report.summary",
                text(totals.total()), text(totals.base()), text(totals.bonus()))));
        if (totals.indicators().stream().anyMatch(IndicatorTotalsView::enteredAfterTheFact)
                || totals.bonusAwards().stream().anyMatch(BonusAwardView::enteredAfterTheFact)) {
            blocks.add(new ReportBlock.Paragraph(labels.get("report.afterTheFact")));
        }

        int part = 0;
        blocks.add(new ReportBlock.Heading(1, ordinal(chinese, ++part) + labels.get("report.totals.heading")));
        blocks.add(totalsTable(totals, labels));

        Map<String, List<CategorySubtotalView>> sections = new LinkedHashMap<>();
        totals.categories().forEach(c -> sections.computeIfAbsent(sectionKey(c.section()), k -> new ArrayList<>()).add(c));
        for (Map.Entry<String, List<CategorySubtotalView>> section : sections.entrySet()) {
            blocks.add(new ReportBlock.Heading(1, ordinal(chinese, ++part) + labels.get("report.section." + section.getKey())));
            int categoryNumber = 0;
            for (CategorySubtotalView category : section.getValue()) {
                blocks.add(new ReportBlock.Heading(2, subOrdinal(chinese, part, ++categoryNumber)
                        + labels.get("report.category", category.name(), text(category.budget()),
                        text(category.claimedSubtotal()), text(category.subtotal()))));
                int indicatorNumber = 0;
                for (IndicatorTotalsView indicator : totals.indicators()) {
                    if (!category.categoryCode().equals(indicator.categoryCode())) {
                        continue;
                    }
                    indicatorNumber++;
                    blocks.add(new ReportBlock.Heading(3, indicatorLine(indicator, indicatorNumber, labels)));
                    String narrative = content.narratives().get(indicator.indicatorCode());
                    blocks.add(new ReportBlock.Paragraph(narrative == null ? labels.get("report.noNarrative") : narrative));
                    if (indicator.adjusted()) {
                        blocks.add(new ReportBlock.Paragraph(labels.get("report.indicator.adjusted")));
                    }
                    if (indicator.enteredAfterTheFact()) {
                        blocks.add(new ReportBlock.Paragraph(labels.get("report.indicator.afterTheFact")));
                    }
                }
            }
        }

        blocks.add(new ReportBlock.Heading(1, ordinal(chinese, ++part) + labels.get("report.bonus.heading",
                declared == null ? "—" : text(declared.bonus()), text(totals.verifiedBonus()), text(totals.bonus()))));
        if (totals.bonusAwards().isEmpty()) {
            blocks.add(new ReportBlock.Paragraph(labels.get("report.bonus.none")));
        }
        int awardNumber = 0;
        for (BonusAwardView award : totals.bonusAwards()) {
            blocks.add(new ReportBlock.Paragraph(++awardNumber + ". " + labels.get("report.bonus.item", award.title(),
                    labels.get("level." + award.level()), text(award.claimedPoints()), labels.get("state." + award.state()))
                    + (award.enteredAfterTheFact() ? labels.get("report.bonus.afterTheFact") : "")));
        }

        if (totals.vetoed()) {
            blocks.add(new ReportBlock.Heading(1, ordinal(chinese, ++part) + labels.get("report.veto.heading")));
            for (VetoView veto : totals.vetoes()) {
                blocks.add(new ReportBlock.Paragraph(labels.get("report.veto.item", veto.name(), veto.reason())));
            }
        }

        for (ReportSectionKind kind : ReportSectionKind.values()) {
            blocks.add(new ReportBlock.Heading(1, ordinal(chinese, ++part)
                    + labels.get("report." + kind.name().toLowerCase(Locale.ROOT) + ".heading")));
            Optional<ReportSectionView> section = content.sections().stream().filter(s -> s.kind() == kind).findFirst();
            if (section.isEmpty()) {
                blocks.add(new ReportBlock.Paragraph(labels.get("report.sectionNotWritten")));
                continue;
            }
            for (String line : section.get().text().split("\\R")) {
                if (!line.isBlank()) {
                    blocks.add(new ReportBlock.Paragraph(line.strip()));
                }
            }
        }
        return blocks;
    }

    private static ReportBlock.Table totalsTable(AssessmentTotalsView totals, DocumentLabels labels) {
        DeclaredTotals declared = totals.declared();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(labels.get("report.totals.item"), labels.get("report.totals.declared"),
                labels.get("report.totals.claimed"), labels.get("report.totals.computed")));
        rows.add(List.of(labels.get("report.totals.base"), declared == null ? "—" : text(declared.base()),
                text(totals.claimedBase()), text(totals.base())));
        rows.add(List.of(labels.get("report.totals.bonus", text(totals.bonusCap())),
                declared == null ? "—" : text(declared.bonus()), text(totals.claimedBonus()), text(totals.bonus())));
        rows.add(List.of(labels.get("report.totals.total"), declared == null ? "—" : text(declared.total()),
                text(totals.claimedTotal()), text(totals.total())));
        return new ReportBlock.Table(rows);
    }

    private static String indicatorLine(IndicatorTotalsView indicator, int number, DocumentLabels labels) {
        String claimed = indicator.claimedScore() == null ? labels.get("report.notClaimed") : text(indicator.claimedScore());
        String effective = indicator.effectiveScore() == null ? labels.get("report.notClaimed") : text(indicator.effectiveScore());
        String numbered = number + ".";
        if (indicator.maxPoints() != null && indicator.maxPoints().value().signum() == 0) {
            return labels.get("report.indicator.deductionOnly", numbered, indicator.name(), claimed, effective);
        }
        return labels.get("report.indicator", numbered, indicator.name(), text(indicator.maxPoints()), claimed, effective);
    }

    private static String sectionKey(String section) {
        return "COMMON".equals(section) || "SPECIFIC".equals(section) ? section : "OTHER";
    }

    private static String ordinal(boolean chinese, int n) {
        return chinese && n <= CHINESE_ORDINALS.length ? CHINESE_ORDINALS[n - 1] + "、" : n + ". ";
    }

    private static String subOrdinal(boolean chinese, int part, int n) {
        return chinese && n <= CHINESE_ORDINALS.length ? "（" + CHINESE_ORDINALS[n - 1] + "）" : part + "." + n + " ";
    }

    /** 105.30 → 105.3: the report reads like the one people write by hand; the value itself is untouched. */
    public static String text(Score score) {
        if (score == null) {
            return "—";
        }
        BigDecimal stripped = score.value().stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
