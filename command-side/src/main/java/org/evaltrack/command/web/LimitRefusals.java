package org.evaltrack.command.web;

import jakarta.validation.ConstraintViolation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.evaltrack.command.web.limit.AcceptedDate;
import org.evaltrack.command.web.limit.Amount;
import org.evaltrack.command.web.limit.Text;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.limit.AcceptedDates;
import org.evaltrack.kernel.limit.NumberLimit;
import org.evaltrack.kernel.limit.TextFault;
import org.evaltrack.kernel.limit.TextRule;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.validation.FieldError;

/**
 * Puts a refusal under the kernel's limits into a clerk's words: the field by name, what is wrong,
 * the limit, and at most a short excerpt of the value. Bundle texts take no arguments, so the
 * sentence is assembled here from fixed phrases ({@code limit.*}, {@code field.*}).
 */
final class LimitRefusals {

    private final MessageSource messages;

    LimitRefusals(MessageSource messages) {
        this.messages = messages;
    }

    /** The code a failed field takes when it broke one of the kernel's limits. */
    static Optional<ErrorCode> codeOf(FieldError error) {
        return annotationOf(error).map(annotation -> annotation instanceof Text ? ErrorCode.TEXT_NOT_ACCEPTED
                : annotation instanceof Amount ? ErrorCode.NUMBER_NOT_ACCEPTED
                : ErrorCode.DATE_NOT_ACCEPTED);
    }

    /** A sentence for a request field refused by {@link Text}, {@link Amount} or {@link AcceptedDate}. */
    Optional<String> describe(FieldError error, Locale locale) {
        Optional<Object> annotation = annotationOf(error);
        if (annotation.isEmpty()) {
            return Optional.empty();
        }
        String field = fieldKey(error.getField());
        Object value = error.getRejectedValue();
        if (annotation.get() instanceof Text text) {
            String raw = value instanceof String s ? s : String.valueOf(value);
            TextFault fault = TextRule.fault(raw, text.value()).orElse(TextFault.TOO_LONG);
            return Optional.of(text(field, fault, text.value().maxCodePoints(), TextRule.excerpt(raw), locale));
        }
        if (annotation.get() instanceof Amount amount) {
            return Optional.of(number(field, amount.value(), value instanceof BigDecimal number
                    ? NumberLimit.excerpt(number) : TextRule.excerpt(String.valueOf(value)), locale));
        }
        return Optional.of(date(field, TextRule.excerpt(String.valueOf(value)), locale));
    }

    /** The same sentences for the kernel's own refusals, thrown by commands and value checks. */
    Optional<String> describe(DomainException refusal, Locale locale) {
        List<String> d = refusal.details();
        if (d.size() != 4) {
            return Optional.empty();
        }
        if (refusal.code() == ErrorCode.TEXT_NOT_ACCEPTED) {
            return Optional.of(text(d.get(0), TextFault.valueOf(d.get(1)), Integer.parseInt(d.get(2)), d.get(3), locale));
        }
        if (refusal.code() == ErrorCode.NUMBER_NOT_ACCEPTED) {
            return Optional.of(numberSentence(d.get(0), d.get(1), d.get(2), d.get(3), locale));
        }
        if (refusal.code() == ErrorCode.DATE_NOT_ACCEPTED) {
            return Optional.of(date(d.get(0), d.get(3), locale));
        }
        return Optional.empty();
    }

    private String text(String field, TextFault fault, int max, String excerpt, Locale locale) {
        return sentence(locale, label(field, locale), phrase("limit.text." + fault.name(), locale),
                phrase("limit.text.max", locale) + colon(locale) + max, excerpt);
    }

    private String number(String field, NumberLimit limit, String excerpt, Locale locale) {
        return numberSentence(field, Integer.toString(limit.integerDigits()), Integer.toString(limit.decimals()), excerpt, locale);
    }

    private String numberSentence(String field, String integerDigits, String decimals, String excerpt, Locale locale) {
        return sentence(locale, label(field, locale), phrase("limit.number.fault", locale),
                phrase("limit.number.integerDigits", locale) + colon(locale) + integerDigits + separator(locale)
                        + phrase("limit.number.decimals", locale) + colon(locale) + decimals, excerpt);
    }

    private String date(String field, String excerpt, Locale locale) {
        return sentence(locale, label(field, locale), phrase("limit.date.fault", locale),
                phrase("limit.date.range", locale) + colon(locale) + AcceptedDates.EARLIEST_DATE + " ~ " + AcceptedDates.LATEST_DATE,
                excerpt);
    }

    private String sentence(Locale locale, String label, String fault, String limit, String excerpt) {
        boolean zh = isChinese(locale);
        String received = phrase("limit.received", locale) + colon(locale) + (zh ? "“" + excerpt + "”" : "\"" + excerpt + "\"");
        return zh ? label + fault + "。" + limit + "。" + received
                : label + " " + fault + ". " + limit + ". " + received;
    }

    private String label(String field, Locale locale) {
        String last = field.substring(field.lastIndexOf('.') + 1);
        for (String key : List.of("field." + field, "field." + last)) {
            Optional<String> found = find(key, locale);
            if (found.isPresent()) {
                return found.get();
            }
        }
        return last;
    }

    private String phrase(String key, Locale locale) {
        return find(key, locale).orElse(key);
    }

    private Optional<String> find(String key, Locale locale) {
        try {
            return Optional.of(messages.getMessage(key, null, locale));
        } catch (NoSuchMessageException missing) {
            return Optional.empty();
        }
    }

    private static String colon(Locale locale) {
        return isChinese(locale) ? "：" : ": ";
    }

    private static String separator(Locale locale) {
        return isChinese(locale) ? "，" : ", ";
    }

    private static boolean isChinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }

    /** "reportedFigures[0].unit" becomes "reportedFigures.unit": indices mean nothing to a clerk. */
    static String fieldKey(String path) {
        return path.replaceAll("\\[[^]]*]", "");
    }

    private static Optional<Object> annotationOf(FieldError error) {
        if (!error.contains(ConstraintViolation.class)) {
            return Optional.empty();
        }
        Object annotation = error.unwrap(ConstraintViolation.class).getConstraintDescriptor().getAnnotation();
        return annotation instanceof Text || annotation instanceof Amount || annotation instanceof AcceptedDate
                ? Optional.of(annotation) : Optional.empty();
    }
}
