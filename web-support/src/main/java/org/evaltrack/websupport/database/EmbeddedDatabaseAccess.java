package org.evaltrack.websupport.database;

import java.util.Locale;

/**
 * Who may reach the embedded H2 database (docs/architecture.md, "The embedded database"). By default
 * only the application: no TCP server. With {@value #LOCAL_ATTACH} a second local process (the H2
 * console, a one-off integrity check or rebuild) may attach through H2's automatic mixed mode, whose
 * server is bound to {@value #LOOPBACK} only. Both sides apply the same rule to the URL they open.
 */
public final class EmbeddedDatabaseAccess {

    /** The opt-in setting; false by default. */
    public static final String LOCAL_ATTACH = "evaltrack.embedded-database.local-attach";
    public static final String LOOPBACK = "127.0.0.1";

    /** H2 reads it once, when its settings class initialises; its servers then bind to that address only. */
    static final String H2_BIND_ADDRESS = "h2.bindAddress";
    private static final String AUTO_SERVER = ";AUTO_SERVER=TRUE";

    private EmbeddedDatabaseAccess() {
    }

    /**
     * The URL to open. Anything but an H2 file URL is returned as it is. An H2 file URL gets H2's
     * automatic server only when {@code localAttach} is set; whenever it has one (also when the URL
     * itself asks for it), the server is bound to the loopback address before H2 opens the database.
     *
     * @throws IllegalStateException when H2 was initialised earlier in this JVM with another bind
     *                               address, so its server would listen beyond this machine
     */
    public static String url(String url, boolean localAttach) {
        if (url == null || !url.regionMatches(true, 0, "jdbc:h2:file:", 0, "jdbc:h2:file:".length())) {
            return url;
        }
        boolean asked = url.toUpperCase(Locale.ROOT).contains(AUTO_SERVER);
        if (!asked && !localAttach) {
            return url;
        }
        bindH2ToLoopback();
        return asked ? url : url + AUTO_SERVER;
    }

    static void bindH2ToLoopback() {
        System.setProperty(H2_BIND_ADDRESS, LOOPBACK);
        String effective;
        try {
            effective = (String) Class.forName("org.h2.engine.SysProperties").getField("BIND_ADDRESS").get(null);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("cannot confirm that H2's server binds to " + LOOPBACK, e);
        }
        if (!LOOPBACK.equals(effective)) {
            throw new IllegalStateException("H2 was initialised in this JVM before " + LOCAL_ATTACH
                    + " could bind its server to " + LOOPBACK + "; it would listen on "
                    + (effective == null ? "every interface" : effective) + ". Start the JVM with -D" + H2_BIND_ADDRESS
                    + "=" + LOOPBACK + " or leave the setting off");
        }
    }
}
