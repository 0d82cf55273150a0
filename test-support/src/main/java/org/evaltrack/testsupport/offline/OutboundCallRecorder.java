package org.evaltrack.testsupport.offline;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.updates.UpdateCheckerHttpClient;
import org.axonframework.updates.api.UpdateCheckRequest;
import org.axonframework.updates.api.UpdateCheckResponse;
import org.axonframework.updates.configuration.UsagePropertyProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Records every URL the JVM opens through java.net (HttpURLConnection and HttpClient ask the
 * default ProxySelector first) and replaces Axon's update-check client with one that only
 * records, so a regression is seen without anything leaving the machine.
 */
public final class OutboundCallRecorder extends ProxySelector {

    public static final List<URI> REMOTE_CALLS = new CopyOnWriteArrayList<>();
    public static final List<UpdateCheckRequest> UPDATE_CHECKS = new CopyOnWriteArrayList<>();
    private static final Set<String> LOCAL = Set.of("localhost", "127.0.0.1", "::1", "[::1]");

    private final ProxySelector previous;

    private OutboundCallRecorder(ProxySelector previous) {
        this.previous = previous;
    }

    public static void install() {
        REMOTE_CALLS.clear();
        UPDATE_CHECKS.clear();
        ProxySelector.setDefault(new OutboundCallRecorder(ProxySelector.getDefault()));
    }

    @Override
    public List<Proxy> select(URI uri) {
        if (uri.getHost() == null || !LOCAL.contains(uri.getHost())) {
            REMOTE_CALLS.add(uri);
        }
        return previous == null ? List.of(Proxy.NO_PROXY) : previous.select(uri);
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException e) {
        if (previous != null) {
            previous.connectFailed(uri, address, e);
        }
    }

    /** Add to a context to stand in for Axon's update-check HTTP client. */
    @Configuration(proxyBeanMethods = false)
    public static class RecordingUpdateClient {
        @Bean
        UpdateCheckerHttpClient updateCheckerHttpClient(UsagePropertyProvider usagePropertyProvider) {
            return new UpdateCheckerHttpClient(usagePropertyProvider) {
                @Override
                public java.util.Optional<UpdateCheckResponse> sendRequest(UpdateCheckRequest request, boolean firstRequest) {
                    UPDATE_CHECKS.add(request);
                    return java.util.Optional.empty();
                }
            };
        }
    }
}
