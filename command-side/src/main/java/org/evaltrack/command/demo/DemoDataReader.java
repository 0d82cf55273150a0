package org.evaltrack.command.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.springframework.core.io.Resource;

/** Reads a demo data file strictly: an unknown field is a typo, and a typo must not silently drop data. */
final class DemoDataReader {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .findAndAddModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private DemoDataReader() {
    }

    static DemoData read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return MAPPER.readValue(in, DemoData.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read demo data " + resource.getDescription(), e);
        }
    }
}
