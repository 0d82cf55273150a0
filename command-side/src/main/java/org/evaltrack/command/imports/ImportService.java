package org.evaltrack.command.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.evaltrack.command.api.AnswerWarning;
import org.evaltrack.command.api.CommandSender;
import org.evaltrack.command.assessment.BonusDuplicate;
import org.evaltrack.command.assessment.FigureWarnings;
import org.evaltrack.command.assessment.SchemeRulebook;
import org.evaltrack.command.assessment.SchemeRules;
import org.evaltrack.command.imports.ImportLookups.IndicatorOutline;
import org.evaltrack.command.imports.ImportResults.ClaimsImported;
import org.evaltrack.command.imports.ImportResults.RowOutcome;
import org.evaltrack.command.imports.ImportResults.SchemeImported;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.BonusClaimId;
import org.evaltrack.kernel.assessment.ClaimBonus;
import org.evaltrack.kernel.assessment.ClaimScore;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.scheme.PublishScheme;
import org.evaltrack.kernel.scheme.SchemeId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.unit.DataSize;

/**
 * Templates out, workbooks in. An import is read and checked whole before anything is sent; then its
 * commands go through the same command bus as the API, in one transaction (see {@link CommandBatch}).
 */
@Component
public class ImportService {

    private final CommandBatch batch;
    private final SchemeRulebook rulebook;
    private final ImportLookups lookups;
    private final FigureWarnings figureWarnings;
    private final ZoneId zone;
    private final long maxBytes;

    public ImportService(CommandSender sender, PlatformTransactionManager transactions, SchemeRulebook rulebook,
                         ImportLookups lookups, Clock clock, FigureWarnings figureWarnings,
                         @Value("${evaltrack.imports.max-bytes:2MB}") DataSize maxBytes) {
        this.figureWarnings = figureWarnings;
        this.batch = new CommandBatch(sender, transactions);
        this.rulebook = rulebook;
        this.lookups = lookups;
        // deadlines in a workbook are local times of the zone the system keeps its deadlines in
        this.zone = clock.getZone();
        this.maxBytes = maxBytes.toBytes();
    }

    public byte[] schemeTemplate() {
        TemplateWriter writer = new TemplateWriter().instructions("填写说明 Instructions", SchemeTemplate.INSTRUCTIONS);
        SchemeTemplate.SHEETS.forEach(sheet -> writer.sheet(sheet, List.of()));
        return writer.bytes();
    }

    public SchemeImported importScheme(InputStream upload, long size, boolean publish) {
        SchemePlan plan;
        try (Workbook workbook = WorkbookOpener.open(upload, size, maxBytes)) {
            plan = new SchemeWorkbookParser(zone).parse(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SchemeId id = SchemeId.random();
        List<CommandBatch.Step> steps = new ArrayList<>(plan.steps(id));
        if (publish) {
            // last, so a refusal to publish leaves nothing behind either
            steps.add(new CommandBatch.Step(SchemeTemplate.SCHEME.name(), plan.header().row(), new PublishScheme(id)));
        }
        batch.run(steps);
        return new SchemeImported(id.value(), publish, plan.categories().size(), plan.indicators().size(), plan.subItemCount(),
                plan.bonusRules().size(), plan.vetoConditions().size(), steps.size());
    }

    public byte[] claimsTemplate(AssessmentId assessmentId) {
        SchemeId schemeId = schemeOf(assessmentId);
        SchemeRules rules = rulebook.rulesFor(schemeId);
        List<List<Object>> rows = new ArrayList<>();
        for (IndicatorOutline indicator : lookups.indicators(schemeId)) {
            List<Object> row = new ArrayList<>();
            row.add(indicator.code());
            row.add(indicator.name());
            row.add(ClaimsTemplate.range(indicator.scoringMode(), indicator.maxPoints(), indicator.floor()));
            rows.add(row);
        }
        return new TemplateWriter()
                .instructions("填写说明 Instructions", ClaimsTemplate.INSTRUCTIONS)
                .sheet(ClaimsTemplate.CLAIMS, rows)
                .sheet(ClaimsTemplate.FIGURES, List.of())
                .sheet(ClaimsTemplate.bonusClaims(rules.bonusPoints().keySet()), List.of())
                .bytes();
    }

    public ClaimsImported importClaims(AssessmentId assessmentId, InputStream upload, long size) {
        SchemeRules rules = rulebook.rulesFor(schemeOf(assessmentId));
        ClaimsPlan plan;
        try (Workbook workbook = WorkbookOpener.open(upload, size, maxBytes)) {
            plan = new ClaimsWorkbookParser(zone).parse(workbook, rules);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send(assessmentId, plan, ClaimsTemplate.CLAIMS.name(), ClaimsTemplate.BONUS_CLAIMS.name());
    }

    /**
     * The claims of a JSON batch: checked by the same rules as a workbook's rows, then sent the same way.
     *
     * @throws ImportRejected listing every row's problem; nothing is stored then
     */
    public ClaimsImported importClaims(AssessmentId assessmentId, ClaimsBatchRequest request) {
        SchemeRules rules = rulebook.rulesFor(schemeOf(assessmentId));
        ClaimsPlan plan = ClaimsBatch.check(request, rules);
        return send(assessmentId, plan, ClaimsBatch.CLAIMS, ClaimsBatch.BONUS_CLAIMS);
    }

    /** Rows are named by the sheet (or list) they came from, so a refusal while sending points at its row. */
    private ClaimsImported send(AssessmentId assessmentId, ClaimsPlan plan, String claimsList, String bonusList) {
        List<CommandBatch.Step> steps = new ArrayList<>();
        List<RowOutcome> outcomes = new ArrayList<>();
        List<AnswerWarning> warnings = new ArrayList<>();
        for (ClaimsPlan.Claim claim : plan.claims()) {
            steps.add(new CommandBatch.Step(claimsList, claim.row(), new ClaimScore(assessmentId,
                    claim.indicatorCode(), claim.score(), claim.narrative(), claim.figures())));
            outcomes.add(new RowOutcome(claimsList, claim.row(), "CLAIMED", claim.indicatorCode(), null, null, null));
            warnings.addAll(figureWarnings.of(claim.indicatorCode(), claim.figures()));
        }
        for (ClaimsPlan.Bonus bonus : plan.bonuses()) {
            BonusClaimId bonusClaimId = BonusClaimId.random();
            int index = outcomes.size();
            outcomes.add(new RowOutcome(bonusList, bonus.row(), "BONUS_CLAIMED", null, bonusClaimId.value(), false, null));
            steps.add(new CommandBatch.Step(bonusList, bonus.row(), new ClaimBonus(assessmentId,
                    bonusClaimId, bonus.level(), bonus.title(), bonus.source(), bonus.awardedOn(), null),
                    result -> outcomes.set(index, outcomes.get(index).withDuplicate((BonusDuplicate) result))));
        }
        batch.run(steps);
        int figures = plan.claims().stream().mapToInt(c -> c.figures().size()).sum();
        return new ClaimsImported(assessmentId.value(), plan.claims().size(), figures, plan.bonuses().size(), outcomes,
                warnings);
    }

    private SchemeId schemeOf(AssessmentId assessmentId) {
        return lookups.schemeOf(assessmentId).orElseThrow(() -> new DomainException(ErrorCode.ASSESSMENT_NOT_FOUND,
                "no assessment " + assessmentId, List.of(assessmentId.value())));
    }
}
