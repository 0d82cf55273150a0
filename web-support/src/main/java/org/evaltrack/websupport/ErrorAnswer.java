package org.evaltrack.websupport;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.web.util.HtmlUtils;

/**
 * What a failed request is told when no controller answered it (Tomcat refused it, or it ended on
 * {@code /error}): problem+json under {@code /api}, a small page elsewhere. Never a stack trace.
 */
public record ErrorAnswer(int status, String code, String title, String detail, Locale locale) {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** RFC 9457, with the stable {@code code} both sides' problems carry. */
    public byte[] problemJson(String instance) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:evaltrack:error:" + code);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        if (instance != null) {
            problem.put("instance", instance);
        }
        problem.put("code", code);
        try {
            return JSON.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }

    /** A plain page in the reader's language with a way back home. */
    public String html() {
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        return "<!DOCTYPE html>\n<html lang=\"" + (english ? "en" : "zh-CN") + "\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + HtmlUtils.htmlEscape(title) + "</title></head>"
                + "<body style=\"font-family:sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem\">"
                + "<h1>" + HtmlUtils.htmlEscape(title) + "</h1>"
                + "<p id=\"error-detail\">" + HtmlUtils.htmlEscape(detail) + "</p>"
                + "<p><a href=\"/\">" + (english ? "Back to the home page" : "返回首页") + "</a></p>"
                + "</body></html>\n";
    }
}
