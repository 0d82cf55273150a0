package org.evaltrack.command.evidence;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.error.ErrorCode;

/**
 * Which kinds of file count as evidence. Office documents, PDFs, scans and plain text are what units
 * actually submit; anything else (executables, archives, HTML) is refused before it is stored.
 */
public final class EvidenceMediaTypes {

    public static final List<String> DEFAULT_ALLOWED = List.of(
            "application/pdf",
            "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "image/png",
            "image/jpeg",
            "text/plain",
            "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet");

    /** Browsers send application/octet-stream (or nothing) for types the OS does not know; then the extension decides. */
    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("txt", "text/plain"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"));

    private final Set<String> allowed;

    public EvidenceMediaTypes(List<String> allowed) {
        Set<String> configured = allowed == null ? Set.of()
                : allowed.stream().map(EvidenceMediaTypes::essence).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
        // an empty property means "not configured", never "accept nothing"
        this.allowed = configured.isEmpty() ? Set.copyOf(DEFAULT_ALLOWED) : configured;
    }

    public Set<String> allowed() {
        return allowed;
    }

    /**
     * The media type to record for an upload: the declared one without parameters, or, when the client
     * declared none or only octet-stream, the one its extension implies.
     *
     * @throws DomainException UNSUPPORTED_MEDIA_TYPE when the result is not allowed
     */
    public String resolve(String declared, String fileName) {
        String type = essence(declared);
        if (type.isEmpty() || type.equals("application/octet-stream")) {
            type = byExtension(fileName);
        }
        if (!allowed.contains(type)) {
            String shown = type.isEmpty() ? String.valueOf(declared) : type;
            throw new DomainException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "evidence of type " + shown + " is not accepted", List.of(shown));
        }
        return type;
    }

    /** "Text/Plain; charset=UTF-8" and "text/plain" are the same kind of file. */
    static String essence(String mediaType) {
        if (mediaType == null) {
            return "";
        }
        int semicolon = mediaType.indexOf(';');
        String bare = semicolon >= 0 ? mediaType.substring(0, semicolon) : mediaType;
        return bare.strip().toLowerCase(Locale.ROOT);
    }

    private static String byExtension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return "";
        }
        return BY_EXTENSION.getOrDefault(fileName.substring(dot + 1).toLowerCase(Locale.ROOT), "");
    }
}
