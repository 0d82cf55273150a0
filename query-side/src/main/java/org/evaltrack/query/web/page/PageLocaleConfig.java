package org.evaltrack.query.web.page;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Page language: Chinese unless the reader chose English with the switch (a cookie), whatever the
 * browser's Accept-Language says. The JSON API does not use this resolver: its problem texts follow
 * Accept-Language (ErrorLanguage), so scripts keep their behaviour.
 */
@Configuration(proxyBeanMethods = false)
class PageLocaleConfig implements WebMvcConfigurer {

    static final String COOKIE = org.evaltrack.websupport.ErrorTexts.PAGE_LANGUAGE_COOKIE;
    /** Page texts; the bean name is the one Spring and Thymeleaf look for. */
    static final String BASENAME = "i18n/web";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
        resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename(BASENAME);
        source.setDefaultEncoding("UTF-8");
        // an English reader on a server whose JVM runs in Chinese must still get English
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageSwitch(localeResolver())).excludePathPatterns("/api/**");
    }
}
