package org.evaltrack.query.admin;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

@Schema(description = "一个投影的死信 / The dead letters of one projection")
public record DeadLetterReport(
        @Schema(description = "处理组 / Processing group") String group,
        @Schema(description = "是否启用死信队列 / Whether failing events are dead-lettered") boolean deadLettering,
        @Schema(description = "死信序列数 / Dead-lettered sequences") long sequences,
        @Schema(description = "死信（最多 limit 条）/ Dead letters, at most limit of them") List<DeadLetterView> letters) {
}
