package org.evaltrack.command.api;

import java.util.Map;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.evaltrack.kernel.actor.ActorMetaData;
import org.springframework.stereotype.Component;

/**
 * Sends a command and waits for its outcome, with the version the client expects when it sent
 * If-Match. A refusal arrives as the handler's exception. Who sent it and in which request is
 * stamped at dispatch by {@link org.evaltrack.command.security.ActorMetaDataInterceptor}, for
 * every command, not only those sent from here.
 */
@Component
public class CommandSender {

    private final CommandGateway commandGateway;

    public CommandSender(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    public <R> R send(Object command) {
        return send(command, null);
    }

    public <R> R send(Object command, Long expectedVersion) {
        CommandMessage<Object> message = GenericCommandMessage.asCommandMessage(command);
        if (expectedVersion != null) {
            message = message.andMetaData(Map.of(ActorMetaData.EXPECTED_VERSION, expectedVersion));
        }
        return commandGateway.sendAndWait(message);
    }
}
