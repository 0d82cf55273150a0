package org.evaltrack.command.imports;

import java.util.List;

/**
 * One data sheet of a template: row 1 the headers, row 2 an example the parser skips, data from row 3.
 *
 * @param maxRows most data rows accepted; a larger sheet is refused before it is read
 */
record ImportSheet(String name, String purposeZh, String purposeEn, List<ImportColumn> columns, int maxRows) {

    static final int HEADER_ROW = 0;
    static final int EXAMPLE_ROW = 1;
    static final int FIRST_DATA_ROW = 2;

    ImportSheet {
        columns = List.copyOf(columns);
    }

    int indexOf(String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column " + key + " in " + name);
    }
}
