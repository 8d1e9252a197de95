package dev.objectlock.junit;

import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Where one registration of the extension takes its settings from: the builder's, or for the
 * annotation the closest {@link ObjectLockEmulatorTest}; identities from the closest class-level
 * {@link EmulatorIdentities}, else the builder's. Immutable, so one extension object serves every
 * class and thread.
 *
 * @param programmatic the builder's settings; null when registered by annotation
 * @param programmaticIdentities the builder's identities, checked; null without
 */
record SettingsSource(EmulatorSettings programmatic, IdentityDocument programmaticIdentities) {

    static final SettingsSource ANNOTATIONS = new SettingsSource(null, null);

    /** The settings for {@code context}, with the class's identities document. */
    EmulatorSettings settings(ExtensionContext context) {
        EmulatorSettings base = baseSettings(context);
        return classIdentities(context, base)
                .map(d -> base.withIdentities(d.json()))
                .orElse(base);
    }

    /** The identities the class's emulator starts with, and a reset keeps; empty in open mode. */
    Optional<IdentityDocument> classIdentities(ExtensionContext context, EmulatorSettings settings) {
        return DeclaredIdentities.ofClass(context, settings.accountId())
                .or(() -> Optional.ofNullable(programmaticIdentities));
    }

    /** The identities a test's requests meet: its method's, else its class's. */
    Optional<IdentityDocument> inForce(ExtensionContext context, EmulatorSettings settings) {
        return DeclaredIdentities.ofMethod(context, settings.accountId()).or(() -> classIdentities(context, settings));
    }

    private EmulatorSettings baseSettings(ExtensionContext context) {
        if (programmatic != null) {
            return programmatic;
        }
        for (Optional<ExtensionContext> c = Optional.of(context);
                c.isPresent();
                c = c.get().getParent()) {
            Optional<AnnotatedElement> element = c.get().getElement();
            if (element.isPresent() && element.get() instanceof Class<?> testClass) {
                Optional<ObjectLockEmulatorTest> annotation =
                        AnnotationSupport.findAnnotation(testClass, ObjectLockEmulatorTest.class);
                if (annotation.isPresent()) {
                    return EmulatorSettings.of(annotation.get(), testClass);
                }
            }
        }
        return EmulatorSettings.DEFAULTS;
    }
}
