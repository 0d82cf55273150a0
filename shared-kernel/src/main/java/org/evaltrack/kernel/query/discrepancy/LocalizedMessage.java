package org.evaltrack.kernel.query.discrepancy;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One message in both languages the product speaks, rendered from the query side's message bundle. */
public record LocalizedMessage(@JsonProperty("zh-CN") String zhCn, @JsonProperty("en") String en) {
}
