package org.evaltrack.query.admin;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** Where one projection (processing group) stands against the event store. */
@Schema(description = "投影状态 / Where a projection stands against the event store")
public record ProjectionStatus(
        @Schema(description = "处理组 / Processing group") String group,
        @Schema(description = "本节点上处理器是否在运行 / Whether the processor runs on this node") boolean running,
        @Schema(description = "处理器是否出错重试中 / Whether the processor is in error and retrying") boolean error,
        @Schema(description = "所有分段都已处理到事件库末尾 / Every segment has handled the store up to its head") boolean caughtUp,
        @Schema(description = "重建中（重放令牌且尚未追平）/ Rebuilding: replay tokens, not caught up yet") boolean replaying,
        @Schema(description = "事件库末尾位置 / Position of the newest event in the store", nullable = true) Long headPosition,
        @Schema(description = "最落后分段的位置 / Position of the segment furthest behind", nullable = true) Long position,
        @Schema(description = "各分段令牌 / Token of each segment") List<SegmentPosition> segments,
        @Schema(description = "是否启用死信队列 / Whether failing events are dead-lettered") boolean deadLettering,
        @Schema(description = "死信序列数 / Dead-lettered sequences (aggregates)") long deadLetterSequences,
        @Schema(description = "死信总数 / Dead letters in all sequences") long deadLetters) {

    @Schema(description = "一个分段的令牌 / The token of one segment")
    public record SegmentPosition(
            @Schema(description = "分段号 / Segment id") int segment,
            @Schema(description = "已处理到的位置 / Position handled up to", nullable = true) Long position,
            @Schema(description = "是否为重放令牌 / Whether the token is a replay token") boolean replay,
            @Schema(description = "持有该分段的节点 / Node holding the segment", nullable = true) String owner) {
    }
}
