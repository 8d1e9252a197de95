package dev.objectlock.emulator.http.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The canonical request S3 signs (API reference sig-v4-header-based-auth, "Canonical request"):
 * <pre>
 * Method \n CanonicalURI \n CanonicalQuery \n CanonicalHeaders \n SignedHeaders \n HashedPayload
 * </pre>
 * where every canonical header line ends with its own newline, so a blank line follows them.
 */
final class CanonicalRequest {

    private CanonicalRequest() {}

    static String build(
            String method, String uri, String query, String headers, List<String> signedHeaders, String payloadHash) {
        return method + "\n" + uri + "\n" + query + "\n" + headers + "\n" + String.join(";", signedHeaders) + "\n"
                + payloadHash;
    }

    /**
     * [P9], [P10]: the raw path percent-decoded once and encoded once again, '/' kept; S3 neither
     * encodes twice nor normalises "." / ".." / "//" as other services do. A path that cannot be
     * decoded is signed as sent.
     */
    static String uri(String rawPath) {
        byte[] decoded = UriEncoding.decode(rawPath);
        return decoded == null ? rawPath : UriEncoding.encode(decoded, true);
    }

    /**
     * [P11]: every parameter but {@code excluded} (X-Amz-Signature of a presigned URL, [P24]),
     * name and value decoded and re-encoded with '/' encoded too, "name=" for a parameter without
     * a value, sorted by encoded name and then value, joined with '&amp;'.
     */
    static String query(List<QueryParameter> params, String excluded) {
        List<Map.Entry<String, String>> encoded = new ArrayList<>(params.size());
        for (QueryParameter p : params) {
            if (!p.name().equals(excluded)) {
                encoded.add(Map.entry(reencode(p.rawName()), reencode(p.rawValue())));
            }
        }
        encoded.sort(Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()));
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> e : encoded) {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(e.getKey()).append('=').append(e.getValue());
        }
        return out.toString();
    }

    /**
     * [P12]: {@code name:value\n} per signed header, in the order SignedHeaders lists them;
     * values trimmed with inner runs of spaces collapsed, repeated headers joined with ','. Host
     * is signed as received, port included. A signed header the request lacks gets an empty
     * value, which no correct signature covers.
     */
    static String headers(AuthRequest request, List<String> signedHeaders) {
        StringBuilder out = new StringBuilder();
        for (String name : signedHeaders) {
            out.append(name).append(':');
            List<String> values = request.headerValues(name);
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(trimAll(values.get(i)));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String reencode(String raw) {
        byte[] decoded = UriEncoding.decode(raw);
        return decoded == null ? raw : UriEncoding.encode(decoded, false);
    }

    /** Strips the value and turns every run of spaces or tabs inside it into one space. */
    private static String trimAll(String value) {
        String stripped = value.strip();
        StringBuilder out = new StringBuilder(stripped.length());
        boolean inBlank = false;
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            boolean blank = c == ' ' || c == '\t';
            if (!blank) {
                out.append(c);
            } else if (!inBlank) {
                out.append(' ');
            }
            inBlank = blank;
        }
        return out.toString();
    }
}
