package org.evaltrack.command.assessment;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.evaltrack.command.api.ControllerSliceTest;
import org.evaltrack.command.web.CommandProblemAdvice;
import org.evaltrack.command.web.ErrorMessagesConfig;
import org.evaltrack.command.web.ProblemFactory;
import org.evaltrack.command.web.limit.NumberReadingConfig;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;

/** Refusals under the kernel limits name the field in a clerk's words, the limit and a short excerpt only. */
@Import({ErrorMessagesConfig.class, ProblemFactory.class, CommandProblemAdvice.class, NumberReadingConfig.class})
class LimitRefusalControllerTest extends ControllerSliceTest {

    private static final String CLAIM = "/api/assessments/" + ASSESSMENT + "/claims/1.1.1";

    @Test
    void aNulInTheNarrativeIsRefusedInChineseNamingTheNarrative() throws Exception {
        asAdmin();
        mvc.perform(put(CLAIM).contentType(MediaType.APPLICATION_JSON).content("""
                        {"claimedScore": 3, "narrative": "含\\u0000空字符"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("TEXT_NOT_ACCEPTED"))
                .andExpect(jsonPath("$.details", hasSize(1)))
                .andExpect(jsonPath("$.details[0]").value("说明不能包含空字符（U+0000）。最多字符数：20000。收到的内容：“含U+0000空字符”"));
        verifyNoInteractions(commandGateway);
    }

    @Test
    void aTooLongFigureUnitIsRefusedInEnglishWithAShortExcerpt() throws Exception {
        asAdmin();
        mvc.perform(put(CLAIM).header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content("""
                        {"claimedScore": 3, "reportedFigures": [{"name": "投资", "value": 1.79, "unit": "%s"}]}"""
                        .formatted("元".repeat(51))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("TEXT_NOT_ACCEPTED"))
                .andExpect(jsonPath("$.details[0]").value(
                        "Figure unit is too long. Most characters allowed: 50. Received: \"" + "元".repeat(20) + "…\""));
        verifyNoInteractions(commandGateway);
    }

    @Test
    void aFigureOf1e120IsRefusedWithoutBeingWrittenOut() throws Exception {
        asAdmin();
        mvc.perform(put(CLAIM).contentType(MediaType.APPLICATION_JSON).content("""
                        {"claimedScore": 3, "reportedFigures": [{"name": "投资", "value": 1e120, "unit": "亿元"}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("NUMBER_NOT_ACCEPTED"))
                .andExpect(jsonPath("$.details[0]").value(allOf(containsString("数据值"), containsString("1E+120"))));
        verifyNoInteractions(commandGateway);
    }

    @Test
    void aHugeExponentScoreGetsAShortRefusal() throws Exception {
        asAdmin();
        mvc.perform(put(CLAIM).contentType(MediaType.APPLICATION_JSON).content("{\"claimedScore\":1e999999999}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_SCORE"))
                .andExpect(content().string(not(containsString("0000000000"))))
                .andExpect(content().string(org.hamcrest.Matchers.hasLength(lessThan(1000))));
        verifyNoInteractions(commandGateway);
    }

    @Test
    void aDueDateBeyond2100IsRefusedNamingTheRange() throws Exception {
        asAdmin();
        mvc.perform(post("/api/assessments/" + ASSESSMENT + "/tasks").contentType(MediaType.APPLICATION_JSON).content("""
                        {"indicatorCode": "1.1.1", "title": "台账", "requiredItem": "花名册", "leaderId": "u-1",
                         "department": "扶贫办", "dueDate": "+999999999-12-31"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("DATE_NOT_ACCEPTED"))
                .andExpect(jsonPath("$.details[0]").value(allOf(containsString("完成时限"), containsString("2000-01-01 ~ 2100-12-31"))));
        verifyNoInteractions(commandGateway);
    }

    @Test
    void aUnitNameWithALineBreakIsRefused() throws Exception {
        asAdmin();
        mvc.perform(post("/api/units").header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content("""
                        {"name": "东山\\r\\n侗族乡", "kind": "TOWNSHIP"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.details[0]").value(containsString("Name must stay on one line")));
        verifyNoInteractions(commandGateway);
    }
}
