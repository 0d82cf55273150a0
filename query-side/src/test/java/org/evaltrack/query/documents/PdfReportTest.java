package org.evaltrack.query.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF writer on its own: wrapping, page breaks, characters the font lacks, control characters. */
class PdfReportTest {

    private final Path font = DocumentFonts.required();

    @Test
    void aLongParagraphBreaksOntoFurtherPagesAndKeepsEveryCharacter() throws IOException {
        String sentence = "全面完成各主要经济指标，农村人均可支配收入8873元。";
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new ReportBlock.Title("测试报告"));
        for (int i = 0; i < 80; i++) {
            blocks.add(new ReportBlock.Paragraph(sentence.repeat(4)));
        }
        try (PDDocument pdf = Loader.loadPDF(PdfReport.render(blocks, font, "测试报告"))) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).contains(sentence.repeat(4));
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("测试报告");
        }
    }

    @Test
    void aCharacterTheFontLacksBecomesAQuestionMarkInsteadOfFailingTheDocument() throws IOException {
        List<ReportBlock> blocks = List.of(new ReportBlock.Paragraph("前\uD83D\uDE00后\t尾"));
        try (PDDocument pdf = Loader.loadPDF(PdfReport.render(blocks, font, "t"))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("前?后").contains("尾");
        }
    }

    @Test
    void latinTextBreaksAtSpacesNotInsideWords() throws IOException {
        String words = "Computed from the recorded claims total base bonus ".repeat(12);
        try (PDDocument pdf = Loader.loadPDF(PdfReport.render(List.of(new ReportBlock.Paragraph(words)), font, "t"))) {
            List<String> lines = new PDFTextStripper().getText(pdf).lines().filter(l -> !l.isBlank()).toList();
            assertThat(lines).hasSizeGreaterThan(1);
            assertThat(lines).allSatisfy(line -> assertThat(line.strip()).matches("[A-Za-z ]+")
                    .satisfies(l -> assertThat(List.of(l.strip().split(" ")))
                            .allSatisfy(w -> assertThat(List.of("Computed", "from", "the", "recorded", "claims", "total", "base", "bonus")).contains(w))));
        }
    }
    @Test
    void noLineOfALongChineseNarrativeBeginsWithAClosingMark() throws IOException {
        String narrative = "我乡坚持以人民为中心，压实“一岗双责”、强化督查问效；全年召开专题会议12次，整改问题37个。"
                + "是否全部按期完成？已于年底前完成！相关材料见《东山侗族乡年度工作总结》（附件三），并报县考评办「备案」。";
        List<ReportBlock> blocks = new ArrayList<>();
        // every offset, so that each mark falls at a line's start somewhere unless the writer prevents it
        for (int shift = 0; shift < 45; shift++) {
            blocks.add(new ReportBlock.Paragraph("东".repeat(shift) + narrative));
            blocks.add(new ReportBlock.Heading(2, "山".repeat(shift) + narrative));
        }
        blocks.add(new ReportBlock.Table(List.of(List.of("项目", "说明"),
                List.of("措施", narrative + narrative), List.of("问题", "乡".repeat(7) + narrative))));
        try (PDDocument pdf = Loader.loadPDF(PdfReport.render(blocks, font, "t"))) {
            String text = new PDFTextStripper().getText(pdf);
            List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            assertThat(lines).hasSizeGreaterThan(200);
            assertThat(lines).noneMatch(line -> "，。、；：？！）》」".indexOf(line.charAt(0)) >= 0);
            assertThat(text.replaceAll("\\s+", "")).as("every character is kept, in order")
                    .contains(narrative).contains("东".repeat(44) + narrative);
        }
    }
}
