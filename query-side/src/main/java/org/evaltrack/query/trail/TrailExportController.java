package org.evaltrack.query.trail;

import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.evaltrack.kernel.query.trail.LinkedEvidence;
import org.evaltrack.kernel.query.trail.TrailEntryView;
import org.evaltrack.kernel.query.trail.TrailPage;
import org.evaltrack.kernel.query.trail.TrailPaging;
import org.evaltrack.query.documents.DocumentLabels;
import org.evaltrack.query.documents.DocumentLanguage;
import org.evaltrack.query.documents.DocumentResponses;
import org.evaltrack.query.documents.XlsxWorkbook;
import org.evaltrack.query.documents.XlsxWorkbook.Column;
import org.evaltrack.query.security.QueryUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail as a spreadsheet, with the filters of the trail API. It pages through
 * {@link TrailController} (same parsing, same access rules) and writes every matching row, not one page.
 */
@RestController
@Tag(name = "审计轨迹 / Audit trail")
class TrailExportController {

    private final TrailController trail;

    TrailExportController(TrailController trail) {
        this.trail = trail;
    }

    @GetMapping("/api/assessments/{assessmentId}/trail.xlsx")
    @Operation(summary = "单位考核的审计轨迹（Excel，筛选条件同 JSON 接口，导出全部匹配行） / An assessment's audit trail as XLSX: same filters, every matching row")
    ResponseEntity<byte[]> assessmentTrail(@PathVariable String assessmentId,
                                           @RequestParam(required = false) String indicator,
                                           @RequestParam(required = false) String actor,
                                           @RequestParam(required = false) List<String> kind,
                                           @RequestParam(required = false) String from,
                                           @RequestParam(required = false) String to,
                                           @RequestParam(defaultValue = "false") boolean changedAfterSubmission,
                                           @RequestParam(required = false) String asOf,
                                           @RequestParam(defaultValue = "newest") String order,
                                           @RequestParam(required = false) String lang,
                                           @AuthenticationPrincipal QueryUser reader, HttpServletRequest request) {
        byte[] body = export(page -> trail.assessmentTrail(assessmentId, indicator, actor, kind, from, to,
                changedAfterSubmission, asOf, page, TrailPaging.MAX_SIZE, order, reader), request);
        return DocumentResponses.attachment(body, XlsxWorkbook.MEDIA_TYPE, "trail-" + assessmentId + ".xlsx");
    }

    @GetMapping("/api/schemes/{schemeId}/trail.xlsx")
    @Operation(summary = "方案下所有单位的审计轨迹（Excel） / The audit trail of a scheme's units as XLSX")
    ResponseEntity<byte[]> schemeTrail(@PathVariable String schemeId,
                                       @RequestParam(required = false) String indicator,
                                       @RequestParam(required = false) String actor,
                                       @RequestParam(required = false) List<String> kind,
                                       @RequestParam(required = false) String from,
                                       @RequestParam(required = false) String to,
                                       @RequestParam(defaultValue = "false") boolean changedAfterSubmission,
                                       @RequestParam(required = false) String asOf,
                                       @RequestParam(defaultValue = "newest") String order,
                                       @RequestParam(required = false) String lang,
                                       @AuthenticationPrincipal QueryUser reader, HttpServletRequest request) {
        byte[] body = export(page -> trail.schemeTrail(schemeId, indicator, actor, kind, from, to,
                changedAfterSubmission, asOf, page, TrailPaging.MAX_SIZE, order, reader), request);
        return DocumentResponses.attachment(body, XlsxWorkbook.MEDIA_TYPE, "trail-" + schemeId + ".xlsx");
    }

    private static byte[] export(IntFunction<TrailPage> pages, HttpServletRequest request) {
        DocumentLabels labels = new DocumentLabels(DocumentLanguage.of(request));
        try (XlsxWorkbook workbook = new XlsxWorkbook(labels)) {
            XlsxWorkbook.XlsxSheet sheet = workbook.sheet("sheet.trail", List.of(
                    new Column("col.time", 20), new Column("col.unit", 14), new Column("col.actor", 14),
                    new Column("col.role", 10), new Column("col.kind", 14), new Column("col.indicatorCode", 10),
                    new Column("col.indicator", 20), new Column("col.before", 9), new Column("col.after", 9),
                    new Column("col.stateBefore", 12), new Column("col.stateAfter", 12), new Column("col.subject", 30),
                    new Column("col.reason", 50), new Column("col.afterSubmission", 10), new Column("col.late", 8),
                    new Column("col.evidence", 30), new Column("col.statedAt", 20), new Column("col.statedReason", 40)));
            int page = 0;
            long written = 0;
            TrailPage current;
            do {
                current = pages.apply(page++);
                for (TrailEntryView row : current.rows()) {
                    sheet.row(row.occurredAt(), row.unitId() == null ? null : row.unitId().value(),
                            row.actor() == null ? null : row.actor().displayName() != null ? row.actor().displayName() : row.actor().userId(),
                            row.actor() == null ? null : row.actor().role(), labels.get("kind." + row.kind().name()),
                            row.indicatorCode(), row.indicatorName(), row.scoreBefore(), row.scoreAfter(), row.stateBefore(),
                            row.stateAfter(), row.subjectName() != null ? row.subjectName() : row.subjectId(), row.reason(),
                            row.changedAfterSubmission(), row.late(),
                            row.linkedEvidence().stream().map(LinkedEvidence::fileName).collect(Collectors.joining("；")),
                            row.afterTheFact() == null ? null : row.afterTheFact().statedAt(),
                            row.afterTheFact() == null ? null : row.afterTheFact().reason());
                }
                written += current.rows().size();
            } while (!current.rows().isEmpty() && written < current.totalRows());
            return workbook.toBytes();
        }
    }
}
