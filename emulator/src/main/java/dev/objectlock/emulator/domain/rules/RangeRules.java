package dev.objectlock.emulator.domain.rules;

import dev.objectlock.emulator.domain.error.S3ErrorCode;
import dev.objectlock.emulator.domain.error.S3Exception;
import dev.objectlock.emulator.domain.model.ByteRange;

/** Resolves a requested range against an object's size (RFC 9110 section 14.1.2). */
public final class RangeRules {

    /** An inclusive, satisfiable byte range of an object. */
    public record Resolved(long first, long last, long size) {
        public long length() {
            return last - first + 1;
        }
    }

    private RangeRules() {}

    /** Null when the whole object is to be sent; throws InvalidRange (416) when unsatisfiable. */
    public static Resolved resolve(ByteRange range, long size) {
        if (range == null) {
            return null;
        }
        if (range.suffixLength() != null) {
            if (range.suffixLength() == 0 || size == 0) {
                throw unsatisfiable(range, size);
            }
            return new Resolved(Math.max(0, size - range.suffixLength()), size - 1, size);
        }
        if (range.first() >= size) {
            throw unsatisfiable(range, size);
        }
        long last = range.last() == null ? size - 1 : Math.min(range.last(), size - 1);
        return new Resolved(range.first(), last, size);
    }

    private static S3Exception unsatisfiable(ByteRange range, long size) {
        return S3Exception.of(S3ErrorCode.INVALID_RANGE)
                .with("RangeRequested", range.asRequested())
                .with("ActualObjectSize", Long.toString(size));
    }
}
