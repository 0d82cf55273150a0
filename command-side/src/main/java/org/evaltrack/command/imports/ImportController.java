package org.evaltrack.command.imports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.evaltrack.command.api.CallerMay;
import org.evaltrack.command.api.CallerScope;
import org.evaltrack.command.api.PathIds;
import org.evaltrack.command.imports.ImportResults.ClaimsImported;
import org.evaltrack.command.imports.ImportResults.SchemeImported;
import org.evaltrack.kernel.actor.Role;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Excel templates and imports. Everything under /api/imports belongs to the command side, GET
 * included (see {@link org.evaltrack.command.web.CommandRequests}), so one routing rule covers it.
 */
@RestController
@RequestMapping("/api/imports")
@Tag(name = "Excel 导入 / Imports", description = "下载模板、导入评估方案和自评 / Templates, scheme import, claims import")
public class ImportController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ImportService imports;

    public ImportController(ImportService imports) {
        this.imports = imports;
    }

    @GetMapping("/scheme-template.xlsx")
    @CallerMay(roles = Role.ADMIN)
    @Operation(summary = "下载评估方案导入模板 / Download the scheme template")
    public ResponseEntity<byte[]> schemeTemplate() {
        return workbook(imports.schemeTemplate(), "评估方案导入模板.xlsx");
    }

    @PostMapping(path = "/schemes", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @CallerMay(roles = Role.ADMIN)
    @Operation(summary = "从 Excel 导入评估方案 / Import a scheme from a workbook",
            description = "先检查全部行，有问题则 422 逐行列出且不保存；无误则通过命令创建方案（publish=true 时一并发布）。"
                    + " / Checks every row first: any problem is a 422 listing each, nothing stored; otherwise the scheme"
                    + " is created through the commands (and published with publish=true), all in one transaction.")
    public SchemeImported importScheme(@RequestPart("file") MultipartFile file,
                                       @RequestParam(name = "publish", defaultValue = "false") boolean publish) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return imports.importScheme(in, file.getSize(), publish);
        }
    }

    @GetMapping("/assessments/{assessmentId}/claims-template.xlsx")
    @CallerMay(roles = {Role.SUBMITTER, Role.ADMIN}, scope = CallerScope.OWN_UNIT)
    @Operation(summary = "下载本单位自评导入模板（已列出指标） / Download the claims template, indicators listed")
    public ResponseEntity<byte[]> claimsTemplate(@PathVariable String assessmentId) {
        AssessmentId id = PathIds.assessment(assessmentId);
        return workbook(imports.claimsTemplate(id), "自评导入模板-" + id.value() + ".xlsx");
    }

    @PostMapping(path = "/assessments/{assessmentId}/claims", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @CallerMay(roles = {Role.SUBMITTER, Role.ADMIN}, scope = CallerScope.OWN_UNIT)
    @Operation(summary = "从 Excel 导入自评及加分 / Import claims and bonus list from a workbook")
    public ClaimsImported importClaims(@PathVariable String assessmentId,
                                       @RequestPart("file") MultipartFile file) throws IOException {
        AssessmentId id = PathIds.assessment(assessmentId);
        try (InputStream in = file.getInputStream()) {
            return imports.importClaims(id, in, file.getSize());
        }
    }


    private static ResponseEntity<byte[]> workbook(byte[] bytes, String fileName) {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }
}
