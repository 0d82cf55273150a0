package org.evaltrack.query.admin;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** Where one projection (processing group) stands against the event store. */
@Schema(description = "投影状态 / Where a projection stands against the event store")
public record ProjectionStatus(
        @Schema(description = "处理组 / Processing group") String group,
        @Schema(description = "本节点上处理器是否在运行 / Whether the processor runs on this node") boolean running,
        @Schema(description = "处理器是否出错重试中 / Whether the processor is in error and retrying") boolean error,
        @Schema(description = "已追平：所有分段都已处理到事件库末尾，且没有死信 / Caught up: every segment has handled the store up to its head and no event is dead-lettered") boolean caughtUp,
        @Schema(description = "重建中（重放令牌且尚未追平）/ Rebuilding: replay tokens, not caught up yet") boolean replaying,
        @Schema(description = "事件库末尾位置 / Position of the newest event in the store", nullable = true) Long headPosition,
        @Schema(description = "最落后分段的位置 / Position of the segment furthest behind", nullable = true) Long position,
        @Schema(description = "各分段令牌 / Token of each segment") List<SegmentPosition> segments,
        @Schema(description = "是否启用死信队列 / Whether failing events are dead-lettered") boolean deadLettering,
        @Schema(description = "死信序列数 / Dead-lettered sequences (aggregates)") long deadLetterSequences,
        @Schema(description = "死信总数 / Dead letters in all sequences") long deadLetters,
        @Schema(description = "所有分段都已处理到事件库末尾（不论死信）/ Every segment's token is at the store's head, dead letters aside") boolean atHead,
        @Schema(description = "最早的死信：哪个聚合、单位或方案，为何失败 / The oldest dead letter: which aggregate, unit or scheme, and why it failed", nullable = true)
        FirstDeadLetter firstDeadLetter,
        @Schema(description = "重建进度，未在重建时为空 / Rebuild progress; null when not rebuilding", nullable = true)
        RebuildProgress rebuild) {

    /** The dead letter an office looks at first; {@code retry} is where it is tried again once its cause is fixed. */
    @Schema(description = "最早的死信 / The oldest dead letter")
    public record FirstDeadLetter(
            @Schema(description = "事件类型 / Event type") String eventType,
            @Schema(description = "聚合标识（死信序列）/ Aggregate identifier (the dead-lettered sequence)", nullable = true) String aggregateId,
            @Schema(description = "所属单位 / Unit it belongs to", nullable = true) String unitId,
            @Schema(description = "所属方案 / Scheme it belongs to", nullable = true) String schemeId,
            @Schema(description = "所属考核 / Assessment it belongs to", nullable = true) String assessmentId,
            @Schema(description = "失败原因（一行）/ Why it failed, in one line", nullable = true) String error,
            @Schema(description = "入队时间 / When it was dead-lettered") java.time.Instant enqueuedAt,
            @Schema(description = "修复原因后在此重试 / Where to retry once the cause is fixed") String retry) {
    }

    @Schema(description = "一个分段的令牌 / The token of one segment")
    public record SegmentPosition(
            @Schema(description = "分段号 / Segment id") int segment,
            @Schema(description = "已处理到的位置 / Position handled up to", nullable = true) Long position,
            @Schema(description = "是否为重放令牌 / Whether the token is a replay token") boolean replay,
            @Schema(description = "持有该分段的节点 / Node holding the segment", nullable = true) String owner) {
    }
}
