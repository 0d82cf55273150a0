package org.evaltrack.command.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MetaData;
import org.evaltrack.kernel.actor.ActorMetaData;
import org.evaltrack.kernel.assessment.AfterTheFact;

/**
 * Stamps every dispatched command with who sent it and in which request. Metadata the sender
 * already set wins: loaders dispatch with explicit metadata, and follow-up commands inherit it
 * from the unit of work. The actor keys are treated as one: a command that names a user keeps
 * that user's role and unit rather than getting the signed-in user's mixed in.
 */
public class ActorMetaDataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    private final SecurityContextActorProvider actors;

    public ActorMetaDataInterceptor(SecurityContextActorProvider actors) {
        this.actors = actors;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> enrich(command);
    }

    CommandMessage<?> enrich(CommandMessage<?> command) {
        MetaData present = command.getMetaData();
        Map<String, Object> additions = new HashMap<>();
        if (!present.containsKey(ActorMetaData.USER_ID) && !present.containsKey(ActorMetaData.ROLE)) {
            actors.signedIn().ifPresent(actor -> {
                additions.put(ActorMetaData.USER_ID, actor.userId().value());
                additions.put(ActorMetaData.ROLE, actor.role().name());
                if (actor.unitId() != null && !present.containsKey(ActorMetaData.UNIT_ID)) {
                    additions.put(ActorMetaData.UNIT_ID, actor.unitId().value());
                }
            });
        }
        if (!present.containsKey(AfterTheFact.STATED_AT) && !present.containsKey(AfterTheFact.REASON)) {
            additions.putAll(AfterTheFactHeaders.metaData());
        }
        if (!present.containsKey(ActorMetaData.CORRELATION_ID)) {
            additions.put(ActorMetaData.CORRELATION_ID, CorrelationIds.current());
        }
        return additions.isEmpty() ? command : command.andMetaData(additions);
    }
}
