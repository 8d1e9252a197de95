package dev.objectlock.emulator.http.auth;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the verifier needs of a request, as it arrived: the signature covers the bytes the client
 * sent, so nothing here is decoded or normalised.
 *
 * @param method   the HTTP method, upper case
 * @param rawPath  the request path exactly as sent, still percent-encoded ("/b/a%20b")
 * @param rawQuery the query string as sent, without '?'; empty when there is none
 * @param headers  every header by lower-case name, values in arrival order
 */
public record AuthRequest(String method, String rawPath, String rawQuery, Map<String, List<String>> headers) {

    public AuthRequest {
        rawPath = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
        rawQuery = rawQuery == null ? "" : rawQuery;
        Map<String, List<String>> lower = new LinkedHashMap<>();
        headers.forEach((name, values) -> lower.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>())
                .addAll(values));
        lower.replaceAll((name, values) -> List.copyOf(values));
        headers = Collections.unmodifiableMap(lower);
    }

    /** The first value of a header (any case of name); null when absent. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Every value of a header in arrival order; empty when absent. */
    public List<String> headerValues(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }
}
