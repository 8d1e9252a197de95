package dev.objectlock.emulator.http.handlers;

import dev.objectlock.emulator.domain.model.LifecycleExpiry;
import dev.objectlock.emulator.http.S3Exchange;
import dev.objectlock.emulator.http.S3Headers;
import java.util.Optional;

/** How a response tells an object or an upload what lifecycle has in store for it ([R96], [R97]). */
final class LifecycleHeaders {

    private LifecycleHeaders() {}

    /** {@code x-amz-expiration: expiry-date="<HTTP date>", rule-id="<id>"}, when a rule expires the object. */
    static void expiration(S3Exchange ex, Optional<LifecycleExpiry> expiry) {
        expiry.ifPresent(e -> ex.responseHeader(
                S3Headers.EXPIRATION,
                "expiry-date=\"" + S3Headers.httpDate(e.date()) + "\", rule-id=\""
                        + (e.ruleId() == null ? "" : e.ruleId()) + "\""));
    }

    /** {@code x-amz-abort-date} and {@code x-amz-abort-rule-id}, when a rule aborts the upload. */
    static void abort(S3Exchange ex, Optional<LifecycleExpiry> abort) {
        abort.ifPresent(a -> ex.responseHeader(S3Headers.ABORT_DATE, S3Headers.httpDate(a.date()))
                .responseHeader(S3Headers.ABORT_RULE_ID, a.ruleId() == null ? "" : a.ruleId()));
    }
}
