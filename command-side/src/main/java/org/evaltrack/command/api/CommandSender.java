package org.evaltrack.command.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.evaltrack.command.security.Actor;
import org.evaltrack.kernel.actor.ActorMetaData;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Sends a command and waits for its outcome, with the actor, the request's correlation id and, when
 * the client sent If-Match, the version it expects. A refusal arrives as the handler's exception.
 */
@Component
public class CommandSender {

    /** A caller (or a gateway in front of us) may name the request so its events can be traced back. */
    public static final String CORRELATION_HEADER = "X-Correlation-Id";
    private static final Pattern SAFE_CORRELATION_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private final CommandGateway commandGateway;

    public CommandSender(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    public <R> R send(Object command, Actor actor) {
        return send(command, actor, null);
    }

    public <R> R send(Object command, Actor actor, Long expectedVersion) {
        Map<String, Object> metaData = new HashMap<>();
        metaData.put(ActorMetaData.USER_ID, actor.userId().value());
        metaData.put(ActorMetaData.ROLE, actor.role().name());
        if (actor.unitId() != null) {
            metaData.put(ActorMetaData.UNIT_ID, actor.unitId().value());
        }
        metaData.put(ActorMetaData.CORRELATION_ID, correlationId());
        if (expectedVersion != null) {
            metaData.put(ActorMetaData.EXPECTED_VERSION, expectedVersion);
        }
        CommandMessage<Object> message = GenericCommandMessage.asCommandMessage(command).andMetaData(metaData);
        return commandGateway.sendAndWait(message);
    }

    private static String correlationId() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            String offered = request.getHeader(CORRELATION_HEADER);
            // a header is client input that ends up in every event's metadata: keep only harmless ids
            if (offered != null && SAFE_CORRELATION_ID.matcher(offered).matches()) {
                return offered;
            }
        }
        return UUID.randomUUID().toString();
    }
}
