package org.evaltrack.command.imports;

/** One entry of a drop-down: the value the commands take and the label the office sees. */
record Choice(String value, String label) {

    /** A cell may hold the label (as the drop-down writes it) or the value itself. */
    boolean matches(String text) {
        return label.equals(text) || value.equalsIgnoreCase(text);
    }
}
