package org.evaltrack.query.admin;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** How far a rebuild has come; the rate and the time left only where this node has watched it for a while. */
@Schema(description = "重建进度 / How far a rebuild has come")
public record RebuildProgress(
        @Schema(description = "已重放事件数 / Events replayed") long done,
        @Schema(description = "需重放事件总数 / Events to replay in all") long total,
        @Schema(description = "开始时间（本节点所见）/ When it started, as this node saw it") Instant startedAt,
        @Schema(description = "每秒事件数 / Events per second", nullable = true) Long eventsPerSecond,
        @Schema(description = "预计剩余秒数 / Seconds left, estimated", nullable = true) Long secondsLeft,
        @Schema(description = "重建停滞的原因（一行），正常时为空 / Why the rebuild is stuck, in one line; null while it goes on", nullable = true)
        String stalledBy,
        @Schema(description = "新表拒收而搁置的事件数，切换后成为死信 / Events the new tables refused; they become dead letters at the switch")
        long setAside) {

    RebuildProgress stalledBy(String why, long refused) {
        return new RebuildProgress(done, total, startedAt, eventsPerSecond, secondsLeft, why, refused);
    }
}
