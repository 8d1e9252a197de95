package dev.objectlock.emulator.domain.model;

/** An object tag as a request sends it, before the tag limits are applied. */
public record Tag(String key, String value) {}
