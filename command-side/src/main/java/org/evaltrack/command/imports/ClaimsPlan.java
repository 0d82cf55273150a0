package org.evaltrack.command.imports;

import java.time.LocalDate;
import java.util.List;
import org.evaltrack.kernel.assessment.ReportedFigure;
import org.evaltrack.kernel.scheme.BonusLevel;
import org.evaltrack.kernel.score.Score;

/** A claims workbook that passed every check: the claims (with their figures) and bonus claims, each with its row. */
record ClaimsPlan(List<Claim> claims, List<Bonus> bonuses) {

    record Claim(int row, String indicatorCode, Score score, String narrative, List<ReportedFigure> figures) {
    }

    record Bonus(int row, BonusLevel level, String title, String source, LocalDate awardedOn) {
    }
}
