package org.evaltrack.query.report;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.query.report.FindReportContent;
import org.evaltrack.kernel.query.report.ReportContentView;
import org.evaltrack.kernel.query.totals.AssessmentTotalsView;
import org.evaltrack.kernel.query.totals.FindAssessmentTotals;
import org.evaltrack.kernel.query.totals.FindSchemeRanking;
import org.evaltrack.kernel.query.totals.RankingView;
import org.evaltrack.query.documents.AssessmentReport;
import org.evaltrack.query.documents.CjkFont;
import org.evaltrack.query.documents.DocumentLabels;
import org.evaltrack.query.documents.DocumentLanguage;
import org.evaltrack.query.documents.DocumentResponses;
import org.evaltrack.query.documents.DocxReport;
import org.evaltrack.query.documents.PdfReport;
import org.evaltrack.query.documents.ReportBlock;
import org.evaltrack.query.security.QueryUser;
import org.evaltrack.query.web.QueryProblemException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The unit's report: its free-text sections as JSON, and the whole 自查自评报告 as DOCX or PDF. Who may read
 * it is decided as for the totals: submitters and leaders their own unit, the office everything. The numbers
 * come from the same totals query that answers {@code GET /api/assessments/{id}/totals}.
 */
@RestController
@Tag(name = "自查自评报告 / Report", description = "报告文字段落与生成的报告文件（DOCX、PDF） / The report's text sections and the generated report (DOCX, PDF)")
class ReportController {

    private static final String LANG = "zh（默认）或 en；未给出时按 Accept-Language / zh (default) or en; else Accept-Language";

    private final QueryGateway queryGateway;
    private final Clock clock;
    private final String configuredFont;

    ReportController(QueryGateway queryGateway, ObjectProvider<Clock> clock,
                     @Value("${" + CjkFont.PROPERTY + ":}") String configuredFont) {
        this.queryGateway = queryGateway;
        this.clock = clock.getIfUnique(Clock::systemUTC);
        this.configuredFont = configuredFont;
    }

    @GetMapping("/api/assessments/{assessmentId}/report-sections")
    @Operation(summary = "报告的文字段落（工作措施、存在问题）与各指标说明 / The report's text sections (measures, problems) and each indicator's narrative")
    ReportContentView sections(@PathVariable String assessmentId, @AuthenticationPrincipal QueryUser reader) {
        AssessmentId id = AssessmentId.of(assessmentId);
        ReportContentView content = content(id);
        if (!reader.maySee(content.unitId())) {
            throw new QueryProblemException(HttpStatus.FORBIDDEN, ErrorCode.OTHER_UNIT.name(), id.value());
        }
        return content;
    }

    @GetMapping("/api/assessments/{assessmentId}/report.docx")
    @Operation(summary = "自查自评报告（Word） / The self-assessment report as DOCX")
    ResponseEntity<byte[]> docx(@PathVariable String assessmentId,
                                @Parameter(description = LANG) @RequestParam(required = false) String lang,
                                @AuthenticationPrincipal QueryUser reader, HttpServletRequest request) {
        AssessmentId id = AssessmentId.of(assessmentId);
        List<ReportBlock> blocks = blocks(id, reader, request);
        return DocumentResponses.attachment(DocxReport.render(blocks), DocxReport.MEDIA_TYPE, fileName(id, "docx"));
    }

    @GetMapping("/api/assessments/{assessmentId}/report.pdf")
    @Operation(summary = "自查自评报告（PDF，嵌入中文字体，文字可选取） / The self-assessment report as PDF, CJK font embedded, text selectable")
    ResponseEntity<byte[]> pdf(@PathVariable String assessmentId,
                               @Parameter(description = LANG) @RequestParam(required = false) String lang,
                               @AuthenticationPrincipal QueryUser reader, HttpServletRequest request) {
        AssessmentId id = AssessmentId.of(assessmentId);
        List<ReportBlock> blocks = blocks(id, reader, request);
        Path font = CjkFont.locate(configuredFont).orElseThrow(() ->
                new QueryProblemException(HttpStatus.SERVICE_UNAVAILABLE, "DOCUMENT_FONT_MISSING",
                        configuredFont == null || configuredFont.isBlank() ? CjkFont.PROPERTY : configuredFont));
        String title = ((ReportBlock.Title) blocks.get(0)).text();
        return DocumentResponses.attachment(PdfReport.render(blocks, font, title), PdfReport.MEDIA_TYPE, fileName(id, "pdf"));
    }

    private List<ReportBlock> blocks(AssessmentId id, QueryUser reader, HttpServletRequest request) {
        AssessmentTotalsView totals = queryGateway
                .query(new FindAssessmentTotals(id), ResponseTypes.optionalInstanceOf(AssessmentTotalsView.class))
                .join()
                .orElseThrow(() -> new QueryProblemException(HttpStatus.NOT_FOUND, ErrorCode.ASSESSMENT_NOT_FOUND.name(), id.value()));
        if (!reader.maySee(totals.unitId())) {
            throw new QueryProblemException(HttpStatus.FORBIDDEN, ErrorCode.OTHER_UNIT.name(), id.value());
        }
        ReportContentView content = content(id);
        // narrowed to the unit, the ranking carries the scheme's title without showing other units
        String schemeTitle = queryGateway
                .query(new FindSchemeRanking(totals.schemeId(), null, totals.unitId()), ResponseTypes.optionalInstanceOf(RankingView.class))
                .join()
                .map(RankingView::title)
                .orElse(totals.schemeId().value());
        return AssessmentReport.blocks(totals, content, schemeTitle, clock.instant(),
                new DocumentLabels(DocumentLanguage.of(request)));
    }

    private ReportContentView content(AssessmentId id) {
        return queryGateway.query(new FindReportContent(id), ResponseTypes.optionalInstanceOf(ReportContentView.class))
                .join()
                .orElseThrow(() -> new QueryProblemException(HttpStatus.NOT_FOUND, ErrorCode.ASSESSMENT_NOT_FOUND.name(), id.value()));
    }

    private static String fileName(AssessmentId id, String extension) {
        return "report-" + id.value() + "." + extension;
    }
}
