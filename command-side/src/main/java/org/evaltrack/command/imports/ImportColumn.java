package org.evaltrack.command.imports;

import java.util.List;
import org.evaltrack.kernel.limit.TextLimit;

/**
 * One column of an import sheet. The template writer and the parser both work from this
 * definition, so the header, its comment, the drop-down and the way a cell is read cannot drift apart.
 *
 * @param header    the header cell, Chinese then English, e.g. "指标编号 Indicator code"
 * @param helpZh    the header comment in Chinese
 * @param helpEn    the header comment in English
 * @param limit     the kernel limit a text obeys (TEXT and CODE), the same as the API's
 * @param choices   the drop-down (CHOICE only)
 * @param example   the value of the example row; null leaves the cell empty
 */
record ImportColumn(String key, String header, String helpZh, String helpEn, ColumnKind kind, boolean required,
                    TextLimit limit, List<Choice> choices, Object example, int width) {

    ImportColumn {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    static ImportColumn of(String key, String header, ColumnKind kind, boolean required, String helpZh, String helpEn,
                           Object example) {
        TextLimit limit = kind == ColumnKind.CODE ? TextLimit.CODE : TextLimit.NAME;
        return new ImportColumn(key, header, helpZh, helpEn, kind, required, limit, List.of(), example, 18);
    }

    static ImportColumn choice(String key, String header, boolean required, List<Choice> choices, String helpZh,
                               String helpEn, Object example) {
        return new ImportColumn(key, header, helpZh, helpEn, ColumnKind.CHOICE, required, TextLimit.CODE, choices, example, 22);
    }

    ImportColumn limit(TextLimit textLimit) {
        return new ImportColumn(key, header, helpZh, helpEn, kind, required, textLimit, choices, example, width);
    }

    ImportColumn width(int characters) {
        return new ImportColumn(key, header, helpZh, helpEn, kind, required, limit, choices, example, characters);
    }

    /** The column letter as Excel shows it (A, B, ... AA). */
    static String letter(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            name.insert(0, (char) ('A' + i % 26));
        }
        return name.toString();
    }
}
