package org.evaltrack.query.documents;

import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;

/** Headings and column names of generated documents, from i18n/document-labels (zh-CN default, en). */
public final class DocumentLabels {

    private static final ResourceBundleMessageSource BUNDLE = new ResourceBundleMessageSource();

    static {
        BUNDLE.setBasename("i18n/document-labels");
        BUNDLE.setDefaultEncoding("UTF-8");
        BUNDLE.setFallbackToSystemLocale(false);
    }

    private final Locale locale;

    public DocumentLabels(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        return BUNDLE.getMessage(key, args, locale);
    }
}
