package org.evaltrack.query.documents;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times in documents are read by county staff, so they are shown in Beijing time, to the second. */
public final class DocumentTimes {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(BEIJING);

    private DocumentTimes() {
    }

    public static String beijing(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }
}
