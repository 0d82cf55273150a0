package org.evaltrack.launcher.e2e;

import static org.evaltrack.launcher.e2e.FilledWorkbook.values;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Scheme workbooks as an office would fill the downloaded template for the set-up tests: one category
 * of two indicators (15 + 10 points), a bonus rule for central media (1 point an item) and deadlines ahead
 * of today, so a unit can still claim under it.
 */
final class SchemeWorkbooks {

    private SchemeWorkbooks() {
    }

    static FilledWorkbook small(byte[] template, int year, String title) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        return new FilledWorkbook(template)
                .add("方案", values("年度", year, "方案名称", title, "文号", "测〔" + year + "〕7号", "发文单位", "测试县考核办",
                        "自评截止", today.plusDays(30).toString(), "佐证截止", today.plusDays(40).toString(),
                        "审核截止", today.plusDays(50).toString(), "加分上限", new BigDecimal("5")))
                .add("类别", values("板块", "共性考核指标", "类别编号", "A", "类别名称", "经济发展", "分值", new BigDecimal("25")))
                .add("指标", values("类别编号", "A", "指标编号", "A.1", "指标名称", "招商引资", "分值", new BigDecimal("15")))
                .add("指标", values("类别编号", "A", "指标编号", "A.2", "指标名称", "项目建设", "分值", new BigDecimal("10")))
                .add("加分规则", values("级别", "中央主流媒体推介", "规则名称", "中央主流媒体推介", "每项加分", new BigDecimal("1")));
    }

    /** The workbook as a file the browser's file field can take. */
    static Path file(FilledWorkbook workbook) {
        try {
            Path file = Files.createTempFile("evaltrack-scheme", ".xlsx");
            Files.write(file, workbook.bytes());
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
