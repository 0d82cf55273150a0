package org.evaltrack.query.web.page;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Controller;

/**
 * A controller that renders pages with the common layout. The layout's model (language links,
 * signed-in account) is added only to these, never to the JSON API's controllers.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface WebPage {

    @AliasFor(annotation = Controller.class)
    String value() default "";
}
