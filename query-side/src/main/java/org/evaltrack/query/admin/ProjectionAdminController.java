package org.evaltrack.query.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Projection administration, ADMIN only (see QuerySecurityConfig). A rebuild answers 202 once the
 * tables are cleared and the replay has started; poll the status until {@code caughtUp}.
 */
@RestController
@RequestMapping("/api/projections")
@Tag(name = "投影管理 / Projection administration")
@SecurityRequirement(name = "basic")
class ProjectionAdminController {

    private final ProjectionAdmin admin;

    ProjectionAdminController(ProjectionAdmin admin) {
        this.admin = admin;
    }

    @GetMapping
    @Operation(summary = "全部投影的进度 / Progress of every projection",
            description = "令牌位置与事件库末尾对比、是否追平、是否重建中、死信数 / Token position against the store's head, caught up, rebuilding, dead letters")
    List<ProjectionStatus> statuses() {
        return admin.statuses();
    }

    @GetMapping("/{group}")
    @Operation(summary = "一个投影的进度 / Progress of one projection")
    ProjectionStatus status(@PathVariable String group) {
        return admin.status(group);
    }

    @PostMapping("/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "从事件重建全部投影 / Rebuild every projection from the events",
            description = "清空读模型并从头重放；轮询 GET /api/projections 直到 caughtUp / Clears the read models and replays from the start; poll GET /api/projections until caughtUp")
    List<ProjectionStatus> rebuildAll() {
        return admin.rebuildAll();
    }

    @PostMapping("/{group}/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "从事件重建一个投影 / Rebuild one projection from the events")
    ProjectionStatus rebuild(@PathVariable String group) {
        return admin.rebuild(group);
    }

    @GetMapping("/{group}/dead-letters")
    @Operation(summary = "查看投影的死信 / List a projection's dead letters")
    DeadLetterReport deadLetters(@PathVariable String group,
                                 @Parameter(description = "最多返回条数 / At most this many letters")
                                 @RequestParam(defaultValue = "100") int limit) {
        return admin.deadLetters(group, Math.max(0, Math.min(limit, 1000)));
    }

    @PostMapping("/{group}/dead-letters/retry")
    @Operation(summary = "重试投影的死信 / Retry a projection's dead letters",
            description = "每个死信序列重试一次；某轮有成功且仍有剩余时再试一轮（一个死信可能在等另一个）"
                    + " / Tries each dead-lettered sequence once; again while a pass clears some and others remain"
                    + " (a letter may wait for another)")
    RetryResult retry(@PathVariable String group) {
        return admin.retryDeadLetters(group);
    }
}
