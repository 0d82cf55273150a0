package org.evaltrack.command.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.evaltrack.kernel.actor.Role;
import org.evaltrack.kernel.assessment.ReportedFigure;
import org.evaltrack.kernel.scheme.BonusLevel;
import org.evaltrack.kernel.scheme.ScoringMode;
import org.evaltrack.kernel.scheme.Section;
import org.evaltrack.kernel.scheme.SubItem;
import org.evaltrack.kernel.unit.UnitKind;

/**
 * A demo case as the data file states it (see demo/dongshan-2019.json). Actors are named by
 * account username; ids are fixed so a second load finds the first.
 */
record DemoData(
        String about,
        String password,
        String zone,
        List<Account> accounts,
        Scheme scheme,
        List<Unit> units,
        List<Assessment> assessments) {

    DemoData {
        accounts = listOrEmpty(accounts);
        units = listOrEmpty(units);
        assessments = listOrEmpty(assessments);
    }

    record Account(String userId, String username, String displayName, Role role, String unitId) {
    }

    record Scheme(
            String schemeId,
            int year,
            String title,
            String documentNumber,
            String issuer,
            String actor,
            BigDecimal bonusCap,
            String bonusCapAssumption,
            SchemeDeadlines deadlines,
            List<Category> categories,
            List<BonusRule> bonusRules,
            List<VetoCondition> vetoConditions,
            String vetoAssumption) {
        Scheme {
            categories = listOrEmpty(categories);
            bonusRules = listOrEmpty(bonusRules);
            vetoConditions = listOrEmpty(vetoConditions);
        }
    }

    /** The scheme's real deadlines, each the end of that day in the file's zone. */
    record SchemeDeadlines(String note, LocalDate claimsDue, LocalDate evidenceDue, LocalDate reviewDue) {
    }

    record Category(String code, Section section, String name, BigDecimal budget, List<Indicator> indicators) {
        Category {
            indicators = listOrEmpty(indicators);
        }
    }

    record Indicator(String code, String name, ScoringMode scoringMode, BigDecimal maxPoints, BigDecimal floor,
                     List<SubItem> subItems, String assumption) {
        Indicator {
            scoringMode = scoringMode == null ? ScoringMode.STANDARD : scoringMode;
            subItems = listOrEmpty(subItems);
        }
    }

    record BonusRule(BonusLevel level, String name, BigDecimal pointsPerItem) {
    }

    record VetoCondition(String code, String name) {
    }

    record Unit(String unitId, String name, UnitKind kind, String actor) {
    }

    /** {@code invented}: the unit's data is made up for the demo, not taken from a report. */
    record Assessment(
            String assessmentId,
            String unitId,
            String openedBy,
            String submitter,
            AfterTheFact afterTheFact,
            boolean invented,
            List<Task> tasks,
            List<Claim> claims,
            List<Evidence> evidence,
            List<BonusClaim> bonusClaims,
            Declared declared) {
        Assessment {
            tasks = listOrEmpty(tasks);
            claims = listOrEmpty(claims);
            evidence = listOrEmpty(evidence);
            bonusClaims = listOrEmpty(bonusClaims);
        }
    }

    /**
     * 补录: the day the unit's claims, evidence and submission happened (entered at noon of it, in the file's
     * zone) and why they are entered after the fact. Without it they are entered live by the submitter.
     */
    record AfterTheFact(LocalDate statedOn, String reason) {
    }

    /** {@code dueInDays} counts from the load date; negative makes a task overdue from the start. */
    record Task(String taskId, String indicatorCode, String title, String requiredItem, String leader, String department,
                int dueInDays) {
    }

    record Claim(String indicatorCode, BigDecimal score, String narrative, List<ReportedFigure> reportedFigures) {
        Claim {
            reportedFigures = listOrEmpty(reportedFigures);
        }
    }

    /** Evidence bytes are generated from {@code content}; the hash and size go into the command. */
    record Evidence(String evidenceId, String fileName, String mediaType, List<String> indicatorCodes, List<String> taskIds,
                    String content) {
        Evidence {
            indicatorCodes = listOrEmpty(indicatorCodes);
            taskIds = listOrEmpty(taskIds);
        }
    }

    record BonusClaim(String bonusClaimId, BonusLevel level, String title, String source, LocalDate awardedOn) {
    }

    /** The totals the unit wrote in its report; the assessment is submitted with them when present. */
    record Declared(BigDecimal base, BigDecimal bonus, BigDecimal total) {
    }

    private static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
