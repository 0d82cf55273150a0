package org.evaltrack.query.admin;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "死信重试结果 / Outcome of retrying dead letters")
public record RetryResult(
        @Schema(description = "处理组 / Processing group") String group,
        @Schema(description = "尝试的序列数 / Sequences tried") int attempted,
        @Schema(description = "处理成功的序列数 / Sequences handled successfully") int succeeded,
        @Schema(description = "剩余死信序列数 / Sequences still dead-lettered") long remainingSequences) {
}
