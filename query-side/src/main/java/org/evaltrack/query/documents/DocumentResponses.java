package org.evaltrack.query.documents;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A generated file as a download, its name safe for any browser (RFC 6266 with UTF-8 filename*). */
public final class DocumentResponses {

    private DocumentResponses() {
    }

    public static ResponseEntity<byte[]> attachment(byte[] body, String mediaType, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(mediaType))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
