package org.evaltrack.command.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The downloadable template is what the parser reads: same sheets, same headers, help and drop-downs. */
class TemplateWriterTest {

    private final XSSFWorkbook template = Workbooks.scheme(Map.of());

    @Test
    void theInstructionsComeFirstInChineseAndEnglish() {
        XSSFSheet instructions = template.getSheetAt(0);
        assertThat(instructions.getSheetName()).isEqualTo("填写说明 Instructions");
        assertThat(instructions.getRow(2).getCell(0).getStringCellValue()).contains("第3行");
        assertThat(instructions.getRow(3).getCell(0).getStringCellValue()).contains("row 3");
    }

    @Test
    void everyHeaderCarriesItsHelpAsAComment() {
        for (ImportSheet spec : SchemeTemplate.SHEETS) {
            XSSFSheet sheet = template.getSheet(spec.name());
            for (int c = 0; c < spec.columns().size(); c++) {
                ImportColumn column = spec.columns().get(c);
                assertThat(sheet.getRow(0).getCell(c).getStringCellValue()).startsWith(column.header());
                assertThat(sheet.getRow(0).getCell(c).getCellComment().getString().getString())
                        .contains(column.helpZh()).contains(column.helpEn());
            }
        }
    }

    @Test
    void enumeratedColumnsOfferTheirValuesAsADropDown() {
        XSSFSheet indicators = template.getSheet(SchemeTemplate.INDICATORS.name());
        List<? extends DataValidation> validations = indicators.getDataValidations();
        int modeColumn = SchemeTemplate.INDICATORS.indexOf("scoringMode");

        DataValidation modes = validations.stream()
                .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == modeColumn)
                .findFirst().orElseThrow();

        assertThat(modes.getValidationConstraint().getExplicitListValues()).containsExactly("标准计分", "反向扣分");
        assertThat(modes.getRegions().getCellRangeAddress(0).getFirstRow()).isEqualTo(ImportSheet.FIRST_DATA_ROW);
    }

    @Test
    void row2HoldsAnExampleOfEveryColumnThatHasOne() {
        XSSFSheet categories = template.getSheet(SchemeTemplate.CATEGORIES.name());

        assertThat(categories.getRow(1).getCell(SchemeTemplate.CATEGORIES.indexOf("name")).getStringCellValue()).isEqualTo("三大攻坚战");
        assertThat(categories.getRow(1).getCell(SchemeTemplate.CATEGORIES.indexOf("budget")).getNumericCellValue()).isEqualTo(25.0);
    }

    @Test
    void everyProblemCodeIsWordedInBothLanguages() throws Exception {
        java.util.Properties en = new java.util.Properties();
        java.util.Properties zh = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/messages/errors.properties");
             var inZh = getClass().getResourceAsStream("/messages/errors_zh_CN.properties")) {
            en.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            zh.load(new java.io.InputStreamReader(inZh, java.nio.charset.StandardCharsets.UTF_8));
        }
        for (ImportProblemCode code : ImportProblemCode.values()) {
            assertThat(en.getProperty(code.messageKey())).as(code.name()).isNotBlank();
            assertThat(zh.getProperty(code.messageKey())).as(code.name())
                    .matches(text -> text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        }
    }
}
