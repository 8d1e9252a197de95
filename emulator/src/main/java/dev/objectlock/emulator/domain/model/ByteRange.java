package dev.objectlock.emulator.domain.model;

/**
 * A requested byte range as sent in {@code Range: bytes=...}: {@code first-last}, {@code first-}
 * or the suffix form {@code -suffixLength}. Resolved against the object's size by the service.
 */
public record ByteRange(Long first, Long last, Long suffixLength, String asRequested) {}
