package org.evaltrack.query.discrepancy;

import java.util.List;

/** A scheme's structure as loaded for one query: categories and indicators in the order the scheme added them. */
record SchemeFacts(SchemeFactsRecord scheme, List<CategoryFactsRecord> categories, List<IndicatorFactsRecord> indicators) {
}
