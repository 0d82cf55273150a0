package org.evaltrack.query.totals;

/** What an item of an assessment stands for; the item key is {@code <part>:<code>}. */
enum ItemPart {
    INDICATOR,
    BONUS,
    VETO,
    DECLARED,
    STATUS;

    String key(String code) {
        return name() + ":" + code;
    }
}
