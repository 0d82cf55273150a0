package org.evaltrack.launcher.e2e;

import java.util.ArrayList;
import java.util.List;
import org.evaltrack.kernel.limit.TextLimit;

/**
 * Values at and around every limit the kernel declares. A case that breaks a limit must be refused;
 * one within the limits may be accepted or refused by a business rule, but never break a read model.
 */
final class LimitCases {

    static final String EMOJI = "\uD83D\uDE00";

    /** One value to put into a field, raw when it is a JSON number that must reach the server unexpanded. */
    record Value(String label, Object json, boolean breaksLimit) {

        static Value text(String label, String text, boolean breaksLimit) {
            return new Value(label, text, breaksLimit);
        }

        static Value number(String label, String literal, boolean breaksLimit) {
            return new Value(label, new RawNumber(literal), breaksLimit);
        }
    }

    record RawNumber(String literal) {
    }

    private LimitCases() {
    }

    static List<Value> texts(TextLimit limit) {
        int max = limit.maxCodePoints();
        List<Value> values = new ArrayList<>();
        values.add(Value.text("CJK at the maximum", "字".repeat(max), false));
        values.add(Value.text("emoji at the maximum", EMOJI.repeat(max), false));
        values.add(Value.text("CJK one over", "字".repeat(max + 1), true));
        values.add(Value.text("emoji one over", EMOJI.repeat(max + 1), true));
        values.add(Value.text("NUL", "含\u0000空字符", true));
        values.add(Value.text("lone surrogate", "x\uD800y", true));
        values.add(Value.text("bell control", "响铃\u0007", true));
        values.add(Value.text("escape control", "\u001b[31m红", true));
        values.add(Value.text("CR LF", "第一行\r\n第二行", !limit.multiLine()));
        values.add(Value.text("tab", "甲\t乙", false));
        return values;
    }

    static List<Value> dates() {
        return List.of(
                Value.text("1999-12-31", "1999-12-31", true),
                Value.text("2000-01-01", "2000-01-01", false),
                Value.text("2100-12-31", "2100-12-31", false),
                Value.text("2101-01-01", "2101-01-01", true),
                Value.text("+300000-01-01", "+300000-01-01", true),
                Value.text("+999999999-12-31", "+999999999-12-31", true));
    }

    static List<Value> instants() {
        return List.of(
                Value.text("1999-12-31T23:59:59Z", "1999-12-31T23:59:59Z", true),
                Value.text("2000-01-01T00:00:00Z", "2000-01-01T00:00:00Z", false),
                Value.text("2100-12-31T23:59:59Z", "2100-12-31T23:59:59Z", false),
                Value.text("2101-01-01T00:00:00Z", "2101-01-01T00:00:00Z", true),
                Value.text("+300000-01-01T00:00:00Z", "+300000-01-01T00:00:00Z", true),
                Value.text("+999999999-12-31T23:59:59Z", "+999999999-12-31T23:59:59Z", true));
    }

    static List<Value> figureValues() {
        return List.of(
                Value.number("1e70", "1e70", true),
                Value.number("1e120", "1e120", true),
                Value.number("1e999999999", "1e999999999", true),
                Value.number("1e-999999999", "1e-999999999", true),
                Value.number("18 integer digits and 6 decimals", "999999999999999999.999999", false),
                Value.number("1e18", "1e18", true),
                Value.number("7 decimals", "1.0000001", true),
                Value.number("negative with 6 decimals", "-0.000001", false));
    }

    static List<Value> scores() {
        return List.of(
                Value.number("1e70", "1e70", true),
                Value.number("1e120", "1e120", true),
                Value.number("1e999999999", "1e999999999", true),
                Value.number("1e-999999999", "1e-999999999", true),
                Value.number("3 decimals", "1.005", true),
                Value.number("over 100000", "100000.01", true),
                Value.number("two decimals", "0.01", false));
    }
}
