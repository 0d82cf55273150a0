package org.evaltrack.query.discrepancy;

/** Orders codes like 1.2.10 after 1.2.9: each dot-separated number is compared as a number. */
final class IndicatorCodes {

    private IndicatorCodes() {
    }

    static String sortKey(String code) {
        StringBuilder key = new StringBuilder();
        for (String part : code.split("\\.")) {
            key.append(!part.isEmpty() && part.length() <= 9 && part.chars().allMatch(Character::isDigit)
                    ? String.format("%09d", Integer.parseInt(part)) : part).append('.');
        }
        return key.toString();
    }
}
