package org.evaltrack.query.ledger;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.evaltrack.kernel.query.ledger.LedgerTaskView;
import org.evaltrack.kernel.query.ledger.TaskLedgerView;
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

/** Task ledgers as spreadsheets; each asks {@link LedgerController} for its view, under the same access rules. */
@RestController
@Tag(name = "任务台账查询 / Task ledgers")
class LedgerExportController {

    private final LedgerController ledgers;

    LedgerExportController(LedgerController ledgers) {
        this.ledgers = ledgers;
    }

    @GetMapping("/api/ledgers/mine.xlsx")
    @Operation(summary = "我的台账（Excel） / My ledger as XLSX")
    ResponseEntity<byte[]> mine(@RequestParam(required = false) String asOf, @RequestParam(required = false) String lang,
                                @AuthenticationPrincipal QueryUser reader, HttpServletRequest request) {
        return export(ledgers.mine(asOf, reader), "ledger-mine.xlsx", request);
    }

    @GetMapping("/api/ledgers/leaders/{leaderId}/ledger.xlsx")
    @Operation(summary = "某位领导的台账（Excel） / A leader's ledger as XLSX")
    ResponseEntity<byte[]> leader(@PathVariable String leaderId, @RequestParam(required = false) String asOf,
                                  @RequestParam(required = false) String lang,
                                  @AuthenticationPrincipal QueryUser reader, HttpServletRequest request) {
        return export(ledgers.leader(leaderId, asOf, reader), "ledger-leader-" + leaderId + ".xlsx", request);
    }

    @GetMapping("/api/ledgers/departments/{department}/ledger.xlsx")
    @Operation(summary = "某部门的台账（Excel） / A department's ledger as XLSX")
    ResponseEntity<byte[]> department(@PathVariable String department, @RequestParam(required = false) String asOf,
                                      @RequestParam(required = false) String lang,
                                      @AuthenticationPrincipal QueryUser reader, HttpServletRequest request) {
        return export(ledgers.department(department, asOf, reader), "ledger-department.xlsx", request);
    }

    @GetMapping("/api/units/{unitId}/ledger.xlsx")
    @Operation(summary = "某单位的台账（Excel） / A unit's ledger as XLSX")
    ResponseEntity<byte[]> unit(@PathVariable String unitId, @RequestParam(required = false) String asOf,
                                @RequestParam(required = false) String lang,
                                @AuthenticationPrincipal QueryUser reader, HttpServletRequest request) {
        return export(ledgers.unit(unitId, asOf, reader), "ledger-unit-" + unitId + ".xlsx", request);
    }

    @GetMapping("/api/assessments/{assessmentId}/ledger.xlsx")
    @Operation(summary = "某次考核的台账（Excel） / An assessment's ledger as XLSX")
    ResponseEntity<byte[]> assessment(@PathVariable String assessmentId, @RequestParam(required = false) String asOf,
                                      @RequestParam(required = false) String lang,
                                      @AuthenticationPrincipal QueryUser reader, HttpServletRequest request) {
        return export(ledgers.assessment(assessmentId, asOf, reader), "ledger-" + assessmentId + ".xlsx", request);
    }

    private static ResponseEntity<byte[]> export(TaskLedgerView view, String fileName, HttpServletRequest request) {
        DocumentLabels labels = new DocumentLabels(DocumentLanguage.of(request));
        try (XlsxWorkbook workbook = new XlsxWorkbook(labels)) {
            XlsxWorkbook.XlsxSheet sheet = workbook.sheet("sheet.ledger", List.of(
                    new Column("col.unit", 14), new Column("col.task", 12), new Column("col.indicatorCode", 10),
                    new Column("col.title", 36), new Column("col.requiredItem", 30), new Column("col.leader", 12),
                    new Column("col.department", 16), new Column("col.dueDate", 12), new Column("col.closed", 8),
                    new Column("col.trafficLight", 14), new Column("col.daysLeft", 10), new Column("col.closedAt", 20),
                    new Column("col.closedLate", 10), new Column("col.closedBy", 30)));
            for (LedgerTaskView task : view.tasks()) {
                sheet.row(task.unitName(), task.taskId().value(), task.indicatorCode(), task.title(), task.requiredItem(),
                        task.leaderName() != null ? task.leaderName() : task.leaderId() == null ? null : task.leaderId().value(),
                        task.department(), task.dueDate(), task.closed(),
                        task.trafficLight() == null ? null : labels.get("light." + task.trafficLight().name()),
                        task.daysLeft(), task.closedAt(), task.closedLate(),
                        task.closedBy() == null ? null : task.closedBy().fileName());
            }
            return DocumentResponses.attachment(workbook.toBytes(), XlsxWorkbook.MEDIA_TYPE, fileName);
        }
    }
}
