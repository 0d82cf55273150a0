package org.evaltrack.command.api;

import java.util.Map;

/**
 * Something accepted that may still be wrong, told at the moment it is entered: a stable {@code code},
 * labelled specifics ({@code about}, e.g. the indicator, figure and unit) and a sentence in both languages.
 */
public record AnswerWarning(String code, Map<String, String> about, Message message) {

    public record Message(String zh, String en) {
    }
}
