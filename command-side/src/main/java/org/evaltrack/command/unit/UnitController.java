package org.evaltrack.command.unit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.evaltrack.command.api.CallerMay;
import org.evaltrack.command.api.CommandSender;
import org.evaltrack.command.api.CommandAnswer;
import org.evaltrack.kernel.actor.Role;
import org.evaltrack.kernel.unit.UnitId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/units")
@Tag(name = "被考核单位 / Units", description = "登记乡镇和部门 / Register townships and departments")
public class UnitController {

    private final CommandSender sender;

    public UnitController(CommandSender sender) {
        this.sender = sender;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @CallerMay(roles = Role.ADMIN)
    @Operation(summary = "登记被考核单位 / Register an assessed unit")
    public CommandAnswer register(@Valid @RequestBody RegisterUnitRequest request) {
        UnitId unitId = UnitId.random();
        sender.send(request.toCommand(unitId));
        return CommandAnswer.of(unitId.value(), "name", request.name(), "kind", request.kind());
    }
}
