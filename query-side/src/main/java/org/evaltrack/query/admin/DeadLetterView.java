package org.evaltrack.query.admin;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** One dead-lettered event, without its payload: enough to find it in the event store and see why it failed. */
@Schema(description = "死信 / A dead-lettered event")
public record DeadLetterView(
        @Schema(description = "所在序列（按聚合）/ Sequence it belongs to (per aggregate)") int sequence,
        @Schema(description = "事件标识 / Event identifier") String eventId,
        @Schema(description = "事件类型 / Event payload type") String eventType,
        @Schema(description = "聚合标识 / Aggregate identifier", nullable = true) String aggregateId,
        @Schema(description = "聚合内序号 / Sequence number within the aggregate", nullable = true) Long aggregateSequence,
        @Schema(description = "事件发生时间 / Event time") Instant occurredAt,
        @Schema(description = "入队时间 / When it was dead-lettered") Instant enqueuedAt,
        @Schema(description = "最近一次处理时间 / Last retry") Instant lastTouched,
        @Schema(description = "失败原因类型 / Failure type", nullable = true) String causeType,
        @Schema(description = "失败原因 / Failure message", nullable = true) String causeMessage) {
}
