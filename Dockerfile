# The ObjectLock Emulator as a container image.
#
#   mvn -B -q -DskipTests -pl emulator -am package
#   docker build -t objectlock-emulator:0.1.0-SNAPSHOT .
#   docker run --rm -p 9000:9000 objectlock-emulator:0.1.0-SNAPSHOT
#
# The build context is the repository root (so this file lives there): the image takes the
# standalone jar Maven has already built; .dockerignore sends nothing else to the daemon.
# Plain Dockerfile syntax only (no BuildKit-only flags), so the classic builder and
# Testcontainers' ImageFromDockerfile build it too.

# Alpine: the smallest Temurin 17 JRE, and its busybox wget serves the health check.
ARG BASE_IMAGE=eclipse-temurin:17-jre-alpine

# Stage 1 only fixes the jar's mode: it arrives with whatever mode it had on the build machine
# (0600 under a strict umask, unreadable for the emulator's user), and a chmod in the final stage
# would store the jar twice. COPY --chmod would do it in one step but needs BuildKit.
FROM ${BASE_IMAGE} AS jar
COPY emulator/target/objectlock-emulator.jar /opt/objectlock/objectlock-emulator.jar
RUN chmod 0755 /opt/objectlock && chmod 0444 /opt/objectlock/objectlock-emulator.jar

FROM ${BASE_IMAGE}

ARG VERSION=0.1.0-SNAPSHOT
LABEL org.opencontainers.image.title="ObjectLock Emulator" \
      org.opencontainers.image.description="A local stand-in for Amazon S3 versioning and Object Lock" \
      org.opencontainers.image.version="${VERSION}"

# A fixed, unprivileged uid/gid; /data (for OBJECTLOCK_DATA_DIR) is the one folder it owns.
RUN addgroup -S -g 10001 objectlock \
 && adduser -S -D -H -u 10001 -G objectlock -h /data -s /sbin/nologin objectlock \
 && mkdir -p /data \
 && chown objectlock:objectlock /data \
 && chmod 0750 /data

# Owned by root, readable (not writable) by the emulator's user.
COPY --from=jar /opt/objectlock/ /opt/objectlock/

# Inside a container the emulator must listen on every interface (its standalone default is
# 127.0.0.1). State stays in memory unless OBJECTLOCK_DATA_DIR is set (use /data and mount a
# volume there). OBJECTLOCK_REGION, OBJECTLOCK_ACCOUNT_ID and OBJECTLOCK_VIRTUAL_HOST_SUFFIX
# keep the emulator's defaults unless given. No VOLUME instruction: the default is in-memory,
# and a declared volume would leave an anonymous volume behind on every run.
ENV OBJECTLOCK_HOST=0.0.0.0 \
    OBJECTLOCK_PORT=9000

USER objectlock:objectlock
WORKDIR /data
EXPOSE 9000

# 127.0.0.1, not localhost (which may resolve to ::1 first); the port follows OBJECTLOCK_PORT.
# A HEALTHCHECK CMD in shell form runs through /bin/sh, which expands the variable at check time.
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
    CMD wget -q -O /dev/null "http://127.0.0.1:${OBJECTLOCK_PORT:-9000}/_emulator/health" || exit 1

# Exec form: java is PID 1 and gets SIGTERM, so the emulator's shutdown hook stops it cleanly.
# Arguments after the image name are passed on as flags: docker run IMAGE --region eu-west-1
ENTRYPOINT ["java", "-XX:+ExitOnOutOfMemoryError", "-jar", "/opt/objectlock/objectlock-emulator.jar"]
