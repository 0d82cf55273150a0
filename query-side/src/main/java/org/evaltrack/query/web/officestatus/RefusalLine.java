package org.evaltrack.query.web.officestatus;

import org.evaltrack.kernel.query.admin.AccessDenials;

/**
 * One refused request in words: who (an account, or nobody signed in and the account name a sign-in tried), what
 * (opening a page, reading data or sending a change, and where) and why (the refusal's code said as a sentence).
 */
record RefusalLine(AccessDenials.Denial denial, String whoKey, String roleKey, String whatKey, String whyKey) {

    static final String WHY = "denials.why.";

    static RefusalLine of(AccessDenials.Denial d) {
        boolean anonymous = d.userId() == null || d.userId().isBlank();
        String who = !anonymous ? "denials.who.account" : d.accountTried() != null ? "denials.who.triedAccount" : "denials.who.nobody";
        String role = anonymous || d.role() == null ? null : "role." + d.role();
        boolean api = d.path() != null && d.path().startsWith("/api/");
        String what = !"GET".equalsIgnoreCase(d.method()) && !"HEAD".equalsIgnoreCase(d.method()) ? "denials.what.change"
                : api ? "denials.what.read" : "denials.what.page";
        // the page says "refused" in general for a code it has no words for (denials.why.other), never the code
        String why = WHY + d.code();
        return new RefusalLine(d, who, role, what, why);
    }
}
