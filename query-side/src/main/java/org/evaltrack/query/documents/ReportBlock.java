package org.evaltrack.query.documents;

import java.util.List;

/** One piece of a generated report, rendered alike into DOCX and PDF so both say the same. */
public sealed interface ReportBlock {

    record Title(String text) implements ReportBlock {
    }

    /** level 1: 一、 part; 2: （一） category; 3: indicator. */
    record Heading(int level, String text) implements ReportBlock {
    }

    record Paragraph(String text) implements ReportBlock {
    }

    /** The first row is the header. */
    record Table(List<List<String>> rows) implements ReportBlock {
        public Table {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }
}
