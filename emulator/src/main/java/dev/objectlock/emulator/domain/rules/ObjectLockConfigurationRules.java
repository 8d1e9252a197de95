package dev.objectlock.emulator.domain.rules;

import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.DefaultRetention;
import dev.objectlock.emulator.domain.model.ObjectLockConfigurationRequest;
import dev.objectlock.emulator.domain.model.RetentionMode;

/** PutObjectLockConfiguration validation ([B.4, R16]): structure is MalformedXML, periods InvalidArgument. */
public final class ObjectLockConfigurationRules {

    private static final int MAX_DAYS = 36_500;
    private static final int MAX_YEARS = 100;

    private ObjectLockConfigurationRules() {}

    /** Returns the default retention rule, or null when the configuration has none (which clears it, [R17]). */
    public static DefaultRetention validate(ObjectLockConfigurationRequest r) {
        if (!"Enabled".equals(r.objectLockEnabled())) {
            throw S3Exception.malformedXml();
        }
        if (!r.hasRule()) {
            return null;
        }
        if (!r.hasDefaultRetention() || r.mode() == null || (r.days() == null) == (r.years() == null)) {
            throw S3Exception.malformedXml();
        }
        RetentionMode mode = RetentionMode.fromWire(r.mode()).orElseThrow(S3Exception::malformedXml);
        String name = r.days() != null ? "Days" : "Years";
        int value = r.days() != null ? r.days() : r.years();
        if (value <= 0) {
            throw S3Exception.invalidArgument("Default retention period must be a positive integer value.", name, null);
        }
        if (value > (r.days() != null ? MAX_DAYS : MAX_YEARS)) {
            throw S3Exception.invalidArgument("Default retention period too large.", name, null);
        }
        return new DefaultRetention(mode, r.days(), r.years());
    }
}
