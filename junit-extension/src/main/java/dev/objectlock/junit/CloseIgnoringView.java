package dev.objectlock.junit;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * A view of an injected client whose {@code close()} does nothing: the extension owns the client and
 * closes it when its scope ends, so a test that closes it (try-with-resources out of habit) does not
 * break the tests after it. Every other call goes to the client itself.
 */
final class CloseIgnoringView implements InvocationHandler {

    private final Object target;

    private CloseIgnoringView(Object target) {
        this.target = target;
    }

    static Object of(Class<?> type, Object target) {
        if (!type.isInterface()) {
            return target;
        }
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, new CloseIgnoringView(target));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getName().equals("close") && method.getParameterCount() == 0) {
            return null;
        }
        if (method.getName().equals("equals") && method.getParameterCount() == 1) {
            return proxy == args[0];
        }
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
