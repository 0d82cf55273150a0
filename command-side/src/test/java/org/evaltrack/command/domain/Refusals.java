package org.evaltrack.command.domain;

import java.util.List;
import java.util.Map;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.error.ErrorCode;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Hamcrest matchers on a {@link DomainException}, for fixtures' {@code expectException(Matcher)}. */
public final class Refusals {

    private Refusals() {
    }

    public static Matcher<DomainException> hasCode(ErrorCode code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(DomainException e) {
                return e.code() == code;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("DomainException with code ").appendValue(code);
            }

            @Override
            protected void describeMismatchSafely(DomainException e, Description description) {
                description.appendText("code was ").appendValue(e.code()).appendText(": ").appendText(e.getMessage());
            }
        };
    }

    public static Matcher<DomainException> hasDetails(List<String> details) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(DomainException e) {
                return e.details().equals(details);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("DomainException with details ").appendValue(details);
            }

            @Override
            protected void describeMismatchSafely(DomainException e, Description description) {
                description.appendText("details were ").appendValue(e.details());
            }
        };
    }

    /** The refusal's labelled specifics, one map per thing refused. */
    public static Matcher<DomainException> hasFacts(List<Map<String, String>> facts) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(DomainException e) {
                return e.facts().equals(facts);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("DomainException with labelled details ").appendValue(facts);
            }

            @Override
            protected void describeMismatchSafely(DomainException e, Description description) {
                description.appendText("labelled details were ").appendValue(e.facts());
            }
        };
    }
}
