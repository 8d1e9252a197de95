package dev.objectlock.bench.s3mock;

import java.lang.reflect.InvocationTargetException;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Runs inside S3Mock's JVM (never in the benchmark's): binds every Tomcat connector it creates to
 * 127.0.0.1. S3Mock's plain-HTTP connector is an extra Tomcat connector that gets only a port, so
 * Spring Boot's {@code server.address} reaches the HTTPS connector alone and the HTTP port would
 * listen on every interface. S3Mock loads this class through the auto-configuration list in
 * {@code META-INF/spring/} of the bench classes, put on its class path with Spring Boot's
 * {@code PropertiesLauncher} and {@code loader.path} ({@code Launches.s3mock}); nothing else about
 * S3Mock changes. Tomcat is reached by reflection so that the bench needs no Tomcat jar to compile.
 */
public final class LoopbackConnectors implements BeanPostProcessor {

    static final String ADDRESS = "127.0.0.1";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean.getClass().getName().equals("org.apache.catalina.connector.Connector")) {
            try {
                bean.getClass()
                        .getMethod("setProperty", String.class, String.class)
                        .invoke(bean, "address", ADDRESS);
            } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
                // Refuse to start rather than listen beyond loopback.
                throw new IllegalStateException("cannot bind S3Mock's connector " + beanName + " to " + ADDRESS, e);
            }
        }
        return bean;
    }
}
