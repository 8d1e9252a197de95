package dev.objectlock.emulator.http.auth;

import java.util.ArrayList;
import java.util.List;

/**
 * One parameter of a raw query string, as sent and decoded.
 *
 * @param rawName  the name as sent, percent-encoded
 * @param rawValue the value as sent; "" for a parameter without '=' ("?versioning")
 * @param name     the decoded name
 * @param value    the decoded value
 */
record QueryParameter(String rawName, String rawValue, String name, String value) {

    /** Splits on '&amp;' and at each part's first '=' ([P11]); empty parts are skipped. */
    static List<QueryParameter> parse(String rawQuery) {
        List<QueryParameter> params = new ArrayList<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String part : rawQuery.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String rawName = eq < 0 ? part : part.substring(0, eq);
            String rawValue = eq < 0 ? "" : part.substring(eq + 1);
            params.add(new QueryParameter(
                    rawName, rawValue, UriEncoding.decodeText(rawName), UriEncoding.decodeText(rawValue)));
        }
        return params;
    }

    /** The decoded value of the first parameter of that exact name; null when absent. */
    static String find(List<QueryParameter> params, String name) {
        for (QueryParameter p : params) {
            if (p.name().equals(name)) {
                return p.value();
            }
        }
        return null;
    }

    static boolean has(List<QueryParameter> params, String name) {
        return find(params, name) != null;
    }
}
