package org.evaltrack.command.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.evaltrack.command.api.ControllerSliceTest;
import org.evaltrack.kernel.actor.ActorMetaData;
import org.evaltrack.kernel.unit.RegisterUnit;
import org.evaltrack.kernel.unit.UnitKind;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

class UnitControllerTest extends ControllerSliceTest {

    private static final String TOWNSHIP = """
            {"name": "东山侗族乡", "kind": "TOWNSHIP"}""";

    @Test
    void adminRegistersUnitUnderServerGeneratedId() throws Exception {
        asAdmin();
        MvcResult result = mvc.perform(post("/api/units").contentType(MediaType.APPLICATION_JSON).content(TOWNSHIP))
                .andExpect(status().isCreated())
                .andReturn();

        RegisterUnit command = dispatchedPayload(RegisterUnit.class);
        assertThat(command.unitId().value()).startsWith("unit-");
        assertThat(result.getResponse().getContentAsString()).contains("\"id\":\"" + command.unitId().value() + "\"");
        assertThat(command.name()).isEqualTo("东山侗族乡");
        assertThat(command.kind()).isEqualTo(UnitKind.TOWNSHIP);
    }

    @Test
    void registrationIsNotVersionChecked() throws Exception {
        asAdmin();
        mvc.perform(post("/api/units").contentType(MediaType.APPLICATION_JSON).content(TOWNSHIP))
                .andExpect(status().isCreated());

        assertThat(dispatched().getMetaData()).doesNotContainKey(ActorMetaData.EXPECTED_VERSION);
    }

    @Test
    void unknownKindIsRejectedAndNothingIsSent() throws Exception {
        asAdmin();
        mvc.perform(post("/api/units").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "东山侗族乡", "kind": "VILLAGE"}"""))
                .andExpect(status().isBadRequest());

        verifyNoInteractions(commandGateway);
    }

    @Test
    void blankNameIsRejectedAndNothingIsSent() throws Exception {
        asAdmin();
        mvc.perform(post("/api/units").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": " ", "kind": "TOWNSHIP"}"""))
                .andExpect(status().isBadRequest());

        verifyNoInteractions(commandGateway);
    }

    @Test
    void submitterMayNotRegisterUnits() throws Exception {
        asSubmitterOfOwnUnit();
        mvc.perform(post("/api/units").contentType(MediaType.APPLICATION_JSON).content(TOWNSHIP))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ROLE_NOT_ALLOWED"));

        verifyNoInteractions(commandGateway);
    }

    @Test
    void nobodySignedInIsForbidden() throws Exception {
        mvc.perform(post("/api/units").contentType(MediaType.APPLICATION_JSON).content(TOWNSHIP))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));

        verifyNoInteractions(commandGateway);
    }
}
