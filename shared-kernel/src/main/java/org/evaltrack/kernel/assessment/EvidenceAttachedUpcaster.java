package org.evaltrack.kernel.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Revision 1 of {@link EvidenceAttached} knew nothing of client hashes: such evidence was never checked
 * against one, so it is read as {@code clientHashVerified = false}, stated rather than left to a default.
 * Lives beside the event because both sides read the same stored events; each side registers it.
 */
public final class EvidenceAttachedUpcaster extends SingleEventUpcaster {

    static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(EvidenceAttached.class.getName(), "1");
    static final SimpleSerializedType REVISION_2 =
            new SimpleSerializedType(EvidenceAttached.class.getName(), EvidenceAttached.REVISION);

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            if (payload instanceof ObjectNode object && !object.has("clientHashVerified")) {
                object.put("clientHashVerified", false);
            }
            return payload;
        });
    }
}
