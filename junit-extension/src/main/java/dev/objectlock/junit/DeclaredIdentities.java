package dev.objectlock.junit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Finds the {@link EmulatorIdentities} declarations that apply to a test or class and reads their
 * resources, checked as the emulator checks them. Each resource is read once per test run: the
 * documents live in the root context's store, keyed by where they are declared.
 */
final class DeclaredIdentities {

    private DeclaredIdentities() {}

    /** The closest class-level declaration for {@code classContext}: its class's, else an enclosing class's. */
    static Optional<IdentityDocument> ofClass(ExtensionContext classContext, String accountId) {
        for (Optional<ExtensionContext> c = Optional.of(classContext);
                c.isPresent();
                c = c.get().getParent()) {
            Optional<AnnotatedElement> element = c.get().getElement();
            if (element.isPresent() && element.get() instanceof Class<?> testClass) {
                Optional<EmulatorIdentities> declared =
                        AnnotationSupport.findAnnotation(testClass, EmulatorIdentities.class);
                if (declared.isPresent()) {
                    return Optional.of(load(c.get(), testClass, testClass, declared.get(), accountId));
                }
            }
        }
        return Optional.empty();
    }

    /** The test method's own declaration, if {@code context} is a test's and its method has one. */
    static Optional<IdentityDocument> ofMethod(ExtensionContext context, String accountId) {
        Optional<Method> method = context.getTestMethod();
        if (method.isEmpty()) {
            return Optional.empty();
        }
        return AnnotationSupport.findAnnotation(method.get(), EmulatorIdentities.class)
                .map(declared -> load(context, method.get(), context.getRequiredTestClass(), declared, accountId));
    }

    private static IdentityDocument load(
            ExtensionContext context,
            AnnotatedElement where,
            Class<?> loadedBy,
            EmulatorIdentities declared,
            String accountId) {
        return context.getRoot()
                .getStore(ExtensionContext.Namespace.create(DeclaredIdentities.class))
                .getOrComputeIfAbsent(
                        new Key(where, declared.value(), accountId),
                        key -> read(where, loadedBy, declared.value(), accountId),
                        IdentityDocument.class);
    }

    private static IdentityDocument read(AnnotatedElement where, Class<?> loadedBy, String resource, String accountId) {
        String source = "@EmulatorIdentities(\"" + resource + "\") on " + describe(where);
        return IdentityDocument.parse(read(loadedBy.getClassLoader(), resource, source), accountId, source);
    }

    /** The text of {@code resource}, a path from the classpath's root (a leading '/' is allowed). */
    static String read(ClassLoader loader, String resource, String source) {
        String path = resource.startsWith("/") ? resource.substring(1) : resource;
        URL url = loader == null ? null : loader.getResource(path);
        if (url == null) {
            throw new ExtensionConfigurationException(source + ": no resource \"" + path + "\" on the test classpath"
                    + " (the name is a path from the classpath's root, such as src/test/resources/" + path + ")");
        }
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": cannot read " + url, e);
        }
    }

    private static String describe(AnnotatedElement where) {
        if (where instanceof Class<?> c) {
            return c.getName();
        }
        if (where instanceof Method m) {
            return m.getDeclaringClass().getName() + "." + m.getName() + "()";
        }
        return String.valueOf(where);
    }

    private record Key(AnnotatedElement where, String resource, String accountId) {}
}
