package org.evaltrack.query.discrepancy;

import java.util.Locale;

import org.evaltrack.kernel.query.discrepancy.DiscrepancyView;
import org.evaltrack.kernel.query.discrepancy.LocalizedMessage;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders findings in both languages from the bundle i18n/discrepancy-messages (the base file is
 * English), the query side's own so that no other module's messages.properties shadows it.
 */
@Component
class DiscrepancyMessages {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final Locale ENGLISH = Locale.ENGLISH;

    private final MessageSource bundle;

    DiscrepancyMessages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/discrepancy-messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        // Always format, so that '' means one apostrophe whether or not a message has arguments.
        source.setAlwaysUseMessageFormat(true);
        this.bundle = source;
    }

    DiscrepancyView render(Finding finding) {
        Object[] args = finding.messageArgs().toArray();
        LocalizedMessage message = new LocalizedMessage(
                bundle.getMessage("discrepancy." + finding.messageKey(), args, CHINESE),
                bundle.getMessage("discrepancy." + finding.messageKey(), args, ENGLISH));
        return new DiscrepancyView(finding.kind(), finding.severity(), finding.subject(), finding.expected(), finding.found(),
                message, finding.eventIds());
    }
}
